package dev.appaloft.api.deployments;

/** {@code deployments.archive}; {@code confirm} must repeat the deployment id. */
public record ArchiveDeploymentInput(String deploymentId, String confirm, String resourceId) {
}
