package dev.appaloft.api.sources;

/** A source fingerprint (repository + branch) and the resource it deploys. */
public record SourceLinkView(String sourceFingerprint, String projectId, String environmentId, String resourceId,
                             String serverId, String destinationId, String updatedAt, String reason) {
}
