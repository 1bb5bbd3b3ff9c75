package dev.appaloft.api.logarchives;

/**
 * {@code resources.logArchives.list}: the organization's archives, newest first, filtered.
 *
 * @param limit 1..100, default 50
 * @param cursor the {@code nextCursor} of the previous page
 */
public record ListRuntimeLogArchivesInput(String resourceId, String deploymentId, String serverId, String serviceName,
                                          Integer limit, String cursor) {

    public static ListRuntimeLogArchivesInput ofResource(String resourceId) {
        return new ListRuntimeLogArchivesInput(resourceId, null, null, null, null, null);
    }
}
