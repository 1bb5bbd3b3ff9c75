package dev.appaloft.api.sources;

/** {@code sourceLinks.relink}: where the link points now. */
public record SourceLinkRelinked(String sourceFingerprint, String projectId, String environmentId, String resourceId,
                                 String serverId, String destinationId) {
}
