package dev.appaloft.api.deployments;

/** {@code deployments.cancel}; {@code confirm} must repeat the deployment id. */
public record CancelDeploymentInput(String deploymentId, String confirm, String resourceId) {
}
