package dev.appaloft.core.dependencies;

import java.time.Duration;
import java.time.Instant;

/**
 * A resource's scheduled backups: one every {@code scheduleIntervalHours} from {@code nextRunAt},
 * the dumps it made kept {@code retentionDays} (the newest ready backup of the resource always
 * stays). At most one per resource.
 */
public record DependencyBackupPolicy(String id, String organizationId, String dependencyResourceId, String version,
                                     long retentionDays, long scheduleIntervalHours, String providerKey,
                                     boolean retryOnFailure, boolean enabled, Instant lastRunAt, Instant nextRunAt,
                                     Instant createdAt, Instant updatedAt) {

    Duration interval() {
        return Duration.ofHours(scheduleIntervalHours);
    }

    boolean dueAt(Instant at) {
        return enabled && !nextRunAt.isAfter(at);
    }

    /** The run at {@code now} happened: the next one is the first slot of the schedule after now. */
    DependencyBackupPolicy ran(Instant now) {
        long slots = Duration.between(nextRunAt, now).toMillis() / interval().toMillis() + 1;
        Instant next = nextRunAt.plus(interval().multipliedBy(Math.max(1, slots)));
        return new DependencyBackupPolicy(id, organizationId, dependencyResourceId, version, retentionDays,
                scheduleIntervalHours, providerKey, retryOnFailure, enabled, now, next, createdAt, now);
    }

    DependencyBackupPolicy disabled(Instant now) {
        return new DependencyBackupPolicy(id, organizationId, dependencyResourceId, version, retentionDays,
                scheduleIntervalHours, providerKey, retryOnFailure, false, lastRunAt, nextRunAt, createdAt, now);
    }
}
