package dev.appaloft.api.retention;

/**
 * {@code providerJobLogs.prune}: the caller's organization's provider job log rows written before
 * {@code before} (an ISO instant, required), optionally of one deployment, provider, resource or
 * server. A dry run (the default) only counts.
 */
public record PruneProviderJobLogsInput(String before, String deploymentId, String providerKey, String resourceId,
                                        String serverId, Boolean dryRun) {

    public static PruneProviderJobLogsInput before(String before, boolean dryRun) {
        return new PruneProviderJobLogsInput(before, null, null, null, null, dryRun);
    }
}
