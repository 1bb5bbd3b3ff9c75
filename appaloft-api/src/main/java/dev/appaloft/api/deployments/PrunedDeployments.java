package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code deployments.prune}: what matched, what went, and what was kept because it is still needed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrunedDeployments(String schemaVersion, String before, String deploymentId, String resourceId,
                                String serverId, boolean dryRun, long matchedCount, long prunedCount,
                                long guardedCount, List<String> affectedDeploymentIds,
                                List<String> guardedDeploymentIds, String prunedAt) {

    public static final String SCHEMA_VERSION = "deployments.prune/v1";
}
