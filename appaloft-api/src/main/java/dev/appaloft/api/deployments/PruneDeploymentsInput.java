package dev.appaloft.api.deployments;

/**
 * {@code deployments.prune} and {@code deployments.pruneLogs}: deployments created before
 * {@code before} (an ISO instant), optionally of one deployment, resource or server. A dry run
 * (the default) only reports what would go.
 */
public record PruneDeploymentsInput(String before, String deploymentId, String resourceId, String serverId,
                                    Boolean dryRun) {
}
