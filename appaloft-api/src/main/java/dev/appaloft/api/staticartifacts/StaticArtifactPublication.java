package dev.appaloft.api.staticartifacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** A publication in a list; {@code routeUrl} only on the one the resource's URL serves now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaticArtifactPublication(String publicationId, String projectId, String resourceId, String artifactId,
                                        String manifestDigest, long fileCount, long totalBytes, String storageRef,
                                        String storageProviderKey, String routeUrl, String routeProviderKey,
                                        String publishedAt, Map<String, String> metadata) {
}
