package dev.appaloft.api.deployments;

/** {@code deployments.retry}: a new attempt replaying a failed or canceled one's plan and variables. */
public record RetryDeploymentInput(String deploymentId, String resourceId, String readinessGeneratedAt) {
}
