package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A deployment attempt. Lists carry its latest log lines; {@code show} leaves them to {@code logs}.
 * {@code sourceCommitSha} is the commit a git source resolved to, once the source was read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentView(
        String id,
        String projectId,
        String environmentId,
        String resourceId,
        String serverId,
        String destinationId,
        DeploymentStatus status,
        String triggerKind,
        String sourceDeploymentId,
        String sourceCommitSha,
        RuntimePlanView runtimePlan,
        EnvironmentSnapshotView environmentSnapshot,
        List<DeploymentLogLine> logs,
        long logCount,
        String createdAt,
        String startedAt,
        String finishedAt,
        String archivedAt) {
}
