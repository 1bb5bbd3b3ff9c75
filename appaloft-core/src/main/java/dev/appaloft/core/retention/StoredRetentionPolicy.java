package dev.appaloft.core.retention;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.retention.RetentionCategory;
import dev.appaloft.api.retention.RetentionPolicy;
import dev.appaloft.api.retention.RetentionScope;
import java.time.Instant;

/** A retention default as stored; a system policy has no organization. */
record StoredRetentionPolicy(String id, RetentionScope scope, String organizationId, RetentionCategory category,
                             long retentionDays, boolean dryRunSchedulingEnabled, boolean destructiveSchedulingEnabled,
                             boolean enabled, Instant createdAt, Instant updatedAt, String updatedByActorId,
                             String updatedByActorKind) {

    /** The one key per scope, organization and category. */
    String slotKey() {
        return RetentionDefaultsHandlers.slot(scope, organizationId, category);
    }

    RetentionPolicy view() {
        return new RetentionPolicy(RetentionPolicy.SCHEMA_VERSION, id, scope, organizationId, category, retentionDays,
                dryRunSchedulingEnabled, destructiveSchedulingEnabled, enabled, Timestamps.format(updatedAt),
                updatedByActorId, updatedByActorKind);
    }
}
