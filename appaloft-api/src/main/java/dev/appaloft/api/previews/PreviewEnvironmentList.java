package dev.appaloft.api.previews;

import java.util.List;

/** {@code previewEnvironments.list}. */
public record PreviewEnvironmentList(String schemaVersion, List<PreviewEnvironmentView> items, String nextCursor,
                                     String generatedAt) {

    public static final String SCHEMA_VERSION = "preview-environments.list/v1";
}
