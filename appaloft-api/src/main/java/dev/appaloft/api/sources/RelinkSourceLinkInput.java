package dev.appaloft.api.sources;

/**
 * {@code sourceLinks.relink}: points a fingerprint at a resource (creating the link when there is
 * none). The {@code expectedCurrent*} ids, when given, must be what the link points at now.
 */
public record RelinkSourceLinkInput(String sourceFingerprint, String projectId, String environmentId,
                                    String resourceId, String serverId, String destinationId,
                                    String expectedCurrentProjectId, String expectedCurrentEnvironmentId,
                                    String expectedCurrentResourceId, String reason) {
}
