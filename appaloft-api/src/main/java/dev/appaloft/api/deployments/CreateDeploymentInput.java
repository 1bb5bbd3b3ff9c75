package dev.appaloft.api.deployments;

/** {@code deployments.create}: deploy the resource's current profile to a server. */
public record CreateDeploymentInput(String projectId, String serverId, String destinationId, String environmentId,
                                    String resourceId, ExecutionMode executionMode) {
}
