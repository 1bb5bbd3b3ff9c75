package dev.appaloft.api.resources.running;

/**
 * {@code resources.logs} and {@code resources.logsStream}: the output of the resource's running
 * instance (or of one deployment's instance while it still exists).
 *
 * @param tailLines 0..1000, default 100
 * @param since an ISO-8601 instant, or a duration back from now ({@code 30s}, {@code 15m}, {@code 2h}, {@code 1d})
 * @param cursor a line's cursor from an earlier read: only lines after it (a stream resumes with it)
 * @param follow on the stream: false ends it after the tail (default: follow)
 */
public record RuntimeLogsInput(String resourceId, String deploymentId, String serviceName, Integer tailLines,
                               String since, String cursor, Boolean follow) {

    public static RuntimeLogsInput tail(String resourceId, int lines) {
        return new RuntimeLogsInput(resourceId, null, null, lines, null, null, null);
    }
}
