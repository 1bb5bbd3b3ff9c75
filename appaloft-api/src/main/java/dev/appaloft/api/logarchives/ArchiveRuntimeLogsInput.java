package dev.appaloft.api.logarchives;

/**
 * {@code resources.archiveLogs}: captures the running instance's output (or one deployment's
 * while its instance exists), masked like every runtime log read, as a retained archive.
 *
 * @param tailLines 1..1000, default 100
 * @param since an ISO-8601 instant, or a duration back from now ({@code 15m}, {@code 2h})
 * @param cursor a line's cursor from an earlier read: only what came after it
 * @param reason why it is kept (shown with the archive)
 */
public record ArchiveRuntimeLogsInput(String resourceId, String deploymentId, String serviceName, Integer tailLines,
                                      String since, String cursor, String reason) {

    public static ArchiveRuntimeLogsInput of(String resourceId) {
        return new ArchiveRuntimeLogsInput(resourceId, null, null, null, null, null, null);
    }
}
