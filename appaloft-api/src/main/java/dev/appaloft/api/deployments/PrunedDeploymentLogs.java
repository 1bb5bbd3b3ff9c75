package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code deployments.pruneLogs}: log lines removed (or that would be) from deployments that matched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrunedDeploymentLogs(String schemaVersion, String before, String deploymentId, String resourceId,
                                   String serverId, boolean dryRun, long matchedCount, long prunedCount,
                                   long affectedDeploymentCount, String prunedAt) {

    public static final String SCHEMA_VERSION = "deployments.logs.prune/v1";
}
