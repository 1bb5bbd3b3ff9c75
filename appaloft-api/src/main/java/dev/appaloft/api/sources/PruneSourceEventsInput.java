package dev.appaloft.api.sources;

/** {@code sourceEvents.prune}: events received before {@code before}; a dry run unless {@code dryRun} is false. */
public record PruneSourceEventsInput(String before, String projectId, String resourceId, SourceEventStatus status,
                                     SourceKind sourceKind, Boolean dryRun) {
}
