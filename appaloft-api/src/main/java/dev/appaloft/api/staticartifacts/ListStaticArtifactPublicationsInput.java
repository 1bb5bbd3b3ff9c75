package dev.appaloft.api.staticartifacts;

/** {@code staticArtifacts.listPublications}: newest first, optionally of one project or resource (limit 1..500, default 100). */
public record ListStaticArtifactPublicationsInput(String projectId, String resourceId, Integer limit) {
}
