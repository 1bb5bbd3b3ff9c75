package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/** A release as a worker sees it: its id and the stack of the deployment's platform. */
public record ReleaseInfo(String releaseId, String version, String description, JsonNode stack) {

    public static ReleaseInfo of(String releaseId, JsonNode stack) {
        return new ReleaseInfo(releaseId, null, null, stack);
    }
}
