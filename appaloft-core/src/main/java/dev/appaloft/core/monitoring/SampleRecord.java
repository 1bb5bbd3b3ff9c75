package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.UsageTotals;
import java.time.Instant;
import java.util.List;

/**
 * One stored monitoring sample: of a server's host ({@code kind} {@code host}: its load, memory,
 * disk and the sum of its containers) or of one resource's running container ({@code container}).
 * {@code resolution} {@code raw} is one reading; {@code hour} is the average of {@code sampleCount}
 * raw readings of one hour, kept once the raw ones are past their retention.
 */
record SampleRecord(String id, String organizationId, String kind, String resolution, String serverId,
                    String projectId, String environmentId, String resourceId, String deploymentId, String runtimeId,
                    String providerKey, Instant observedAt, Instant collectedAt, long sampleCount, UsageTotals totals,
                    boolean partial, List<String> problems) {

    static final String HOST = "host";
    static final String CONTAINER = "container";
    static final String RAW = "raw";
    static final String HOUR = "hour";

    SampleRecord {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Which series the sample belongs to: readings of one thing, whatever their time. */
    String seriesKey() {
        return kind + ":" + serverId + ":" + resourceId + ":" + deploymentId + ":" + runtimeId;
    }
}
