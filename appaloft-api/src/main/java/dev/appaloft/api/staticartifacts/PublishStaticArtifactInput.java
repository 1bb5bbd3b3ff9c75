package dev.appaloft.api.staticartifacts;

import java.util.Map;

/**
 * {@code staticArtifacts.publish}: the files of a folder on this host, under the engine's source
 * roots.
 *
 * @param artifactId the caller's name of what was built (default: one is made)
 * @param promoteAlias whether the resource's URL switches to this publication (default true)
 */
public record PublishStaticArtifactInput(String projectId, String resourceId, String sourcePath, String artifactId,
                                         Boolean promoteAlias, Map<String, String> metadata) {
}
