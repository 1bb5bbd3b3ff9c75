package dev.appaloft.api.previews;

/**
 * {@code deployments.cleanupPreview}: clean the preview of a source fingerprint (a CI workflow's
 * call, with a deploy token listing {@code preview-cleanup}); the trusted context, when given,
 * must agree with the preview found.
 */
public record CleanupPreviewInput(String sourceFingerprint, TrustedContext trustedContext) {

    public record TrustedContext(String projectId, String environmentId, String resourceId, String serverId,
                                 String destinationId, String repositoryFullName, String repositoryId, String ref,
                                 String revision) {
    }
}
