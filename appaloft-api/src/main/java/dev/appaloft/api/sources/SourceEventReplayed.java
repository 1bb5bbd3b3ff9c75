package dev.appaloft.api.sources;

import java.util.List;

/** {@code sourceEvents.replay}: what the replay matched and the deployments it started. */
public record SourceEventReplayed(String schemaVersion, String sourceEventId, SourceEventStatus status,
                                  List<String> matchedResourceIds, List<String> createdDeploymentIds,
                                  List<SourceEventIgnoredReason> ignoredReasons, String replayedAt) {

    public static final String SCHEMA_VERSION = "source-events.replay/v1";
}
