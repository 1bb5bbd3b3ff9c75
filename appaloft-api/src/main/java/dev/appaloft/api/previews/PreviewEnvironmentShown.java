package dev.appaloft.api.previews;

/** {@code previewEnvironments.show}. */
public record PreviewEnvironmentShown(String schemaVersion, PreviewEnvironmentView previewEnvironment,
                                      String generatedAt) {

    public static final String SCHEMA_VERSION = "preview-environments.show/v1";
}
