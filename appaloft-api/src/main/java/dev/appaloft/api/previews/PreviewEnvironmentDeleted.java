package dev.appaloft.api.previews;

/**
 * {@code previewEnvironments.delete}: what the cleanup removed. The preview's deployments and audit
 * events are kept; its containers, images, volumes and route are gone, its resource copy deleted
 * and its environment archived. {@code failed} carries the error and whether trying again may help.
 */
public record PreviewEnvironmentDeleted(String status, String attemptId, String previewEnvironmentId,
                                        String resourceId, String sourceBindingFingerprint,
                                        PreviewEnvironmentStatus previewEnvironmentStatus, boolean cleanedRuntime,
                                        boolean removedRoute, boolean removedSourceLink,
                                        boolean removedProviderMetadata, boolean updatedFeedback, String errorCode,
                                        Boolean retryable, String failurePhase, String nextRetryAt) {
}
