package dev.appaloft.api.previews;

/** {@code previewEnvironments.show}; a project or resource given that is not the preview's reads as not found. */
public record ShowPreviewEnvironmentInput(String previewEnvironmentId, String projectId, String resourceId) {
}
