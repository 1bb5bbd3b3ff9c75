package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A deployment attempt. Lists carry its latest log lines; {@code show} leaves them to {@code logs}. */
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
        RuntimePlanView runtimePlan,
        EnvironmentSnapshotView environmentSnapshot,
        List<DeploymentLogLine> logs,
        long logCount,
        String createdAt,
        String startedAt,
        String finishedAt,
        String archivedAt) {
}
