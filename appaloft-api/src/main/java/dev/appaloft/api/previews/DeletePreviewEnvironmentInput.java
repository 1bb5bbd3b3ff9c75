package dev.appaloft.api.previews;

/** {@code previewEnvironments.delete}: {@code resourceId} is the preview's resource or the resource it copies. */
public record DeletePreviewEnvironmentInput(String resourceId, String previewEnvironmentId) {
}
