package dev.appaloft.api.sources;

import java.util.Map;

/** {@code sourceEvents.prune}: how many matched and how many were removed, by status and by kind. */
public record SourceEventsPruned(String schemaVersion, String before, String projectId, String resourceId,
                                 SourceEventStatus status, SourceKind sourceKind, boolean dryRun, long matchedCount,
                                 long prunedCount, Map<String, Long> countsByStatus,
                                 Map<String, Long> countsBySourceKind, String prunedAt) {

    public static final String SCHEMA_VERSION = "source-events.prune/v1";
}
