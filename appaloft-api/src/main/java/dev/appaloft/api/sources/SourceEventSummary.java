package dev.appaloft.api.sources;

import java.util.List;

/** One source event in a list. */
public record SourceEventSummary(String sourceEventId, String projectId, List<String> resourceIds,
                                 SourceKind sourceKind, SourceEventKind eventKind, String ref, String revision,
                                 SourceEventStatus status, String dedupeStatus,
                                 List<SourceEventIgnoredReason> ignoredReasons, List<String> createdDeploymentIds,
                                 String receivedAt) {
}
