package dev.appaloft.api.staticartifacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A publication just made: its manifest digest (SHA-256 of the sorted file list), where the
 * manifest is stored, and the URL it is served at when the edge proxy serves it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaticArtifactPublished(String schemaVersion, String publicationId, String projectId, String resourceId,
                                      String artifactId, String manifestDigest, long fileCount, long totalBytes,
                                      List<PublishedFile> files, String storageRef, String storageProviderKey,
                                      String routeUrl, String routeProviderKey) {

    public static final String SCHEMA_VERSION = "static-artifacts.publish/v1";
}
