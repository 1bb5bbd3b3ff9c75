package dev.appaloft.api.previews;

/** One preview environment: where it runs, which pull request it shows, and its state. */
public record PreviewEnvironmentView(String previewEnvironmentId, String projectId, String environmentId,
                                     String resourceId, String serverId, String destinationId, Source source,
                                     PreviewEnvironmentStatus status, String createdAt, String updatedAt,
                                     String expiresAt) {

    public record Source(String provider, String repositoryFullName, String headRepositoryFullName,
                         Integer pullRequestNumber, String baseRef, String headSha, String sourceBindingFingerprint) {
    }
}
