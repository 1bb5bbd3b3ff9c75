package dev.appaloft.api.deployments;

public record DeploymentLogsInput(String deploymentId) {
}
