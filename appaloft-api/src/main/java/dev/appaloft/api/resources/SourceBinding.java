package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Where a resource's code or image comes from. As input, only {@code kind} and {@code locator}
 * are required; reads also carry the display name and a fingerprint of the binding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceBinding(
        Kind kind,
        String locator,
        String displayName,
        String sourceBindingFingerprint,
        String gitRef,
        String commitSha,
        String baseDirectory,
        String originalLocator,
        String repositoryId,
        String repositoryFullName,
        String defaultBranch,
        String imageName,
        String imageTag,
        String imageDigest,
        Map<String, Object> metadata) {

    public enum Kind {
        @JsonProperty("local-folder") LOCAL_FOLDER,
        @JsonProperty("local-git") LOCAL_GIT,
        @JsonProperty("remote-git") REMOTE_GIT,
        @JsonProperty("git-public") GIT_PUBLIC,
        @JsonProperty("git-github-app") GIT_GITHUB_APP,
        @JsonProperty("git-deploy-key") GIT_DEPLOY_KEY,
        @JsonProperty("zip-artifact") ZIP_ARTIFACT,
        @JsonProperty("dockerfile-inline") DOCKERFILE_INLINE,
        @JsonProperty("docker-compose-inline") DOCKER_COMPOSE_INLINE,
        @JsonProperty("docker-image") DOCKER_IMAGE,
        @JsonProperty("compose") COMPOSE
    }

    public static SourceBinding of(Kind kind, String locator) {
        return new SourceBinding(kind, locator, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
