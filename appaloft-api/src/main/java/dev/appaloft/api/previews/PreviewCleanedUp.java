package dev.appaloft.api.previews;

/** {@code deployments.cleanupPreview}: {@code already-clean} when the fingerprint has no active preview. */
public record PreviewCleanedUp(String sourceFingerprint, String status, boolean cleanedRuntime,
                               Boolean cleanedArtifacts, boolean removedServerAppliedRoute, boolean removedSourceLink,
                               Integer removedDependencyBindings, Integer deletedDependencyResources,
                               String projectId, String environmentId, String resourceId, String serverId,
                               String destinationId, String deploymentId) {
}
