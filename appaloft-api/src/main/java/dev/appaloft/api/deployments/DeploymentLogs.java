package dev.appaloft.api.deployments;

import java.util.List;

public record DeploymentLogs(String deploymentId, List<DeploymentLogLine> logs) {
}
