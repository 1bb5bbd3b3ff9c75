package dev.appaloft.api.previews;

/** {@code previewEnvironments.list}: newest first, by cursor. */
public record ListPreviewEnvironmentsInput(String projectId, String environmentId, String resourceId,
                                           PreviewEnvironmentStatus status, String repositoryFullName,
                                           Integer pullRequestNumber, Integer limit, String cursor) {

    public static ListPreviewEnvironmentsInput all() {
        return new ListPreviewEnvironmentsInput(null, null, null, null, null, null, null, null);
    }
}
