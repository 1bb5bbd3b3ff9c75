package dev.appaloft.api.resources;

/** {@code resources.list}; {@code limit} 1..500, default 100. */
public record ListResourcesInput(String projectId, String environmentId, Boolean includePreviewResources, Integer limit) {
}
