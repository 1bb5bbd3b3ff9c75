package dev.appaloft.api.logarchives;

/**
 * {@code resources.logArchives.prune}: archives captured before {@code before} (required),
 * filtered; a dry run (the default) only counts them.
 */
public record PruneRuntimeLogArchivesInput(String before, String resourceId, String deploymentId, String serverId,
                                           String serviceName, Boolean dryRun) {

    public static PruneRuntimeLogArchivesInput before(String before, boolean dryRun) {
        return new PruneRuntimeLogArchivesInput(before, null, null, null, null, dryRun);
    }
}
