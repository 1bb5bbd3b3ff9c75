package dev.appaloft.api.staticartifacts;

import java.util.Map;

/** {@code staticArtifacts.publishArchive}: the files of a zip or tar (optionally gzipped) archive, base64. */
public record PublishStaticArtifactArchiveInput(String projectId, String resourceId, String artifactId,
                                                Boolean promoteAlias, String archiveBase64,
                                                Map<String, String> metadata) {
}
