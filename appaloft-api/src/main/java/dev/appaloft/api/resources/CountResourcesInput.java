package dev.appaloft.api.resources;

/** {@code resources.count}, optionally within a project and environment. */
public record CountResourcesInput(String projectId, String environmentId, Boolean includePreviewResources) {
}
