package dev.appaloft.api.deployments;

/**
 * {@code deployments.redeploy}: a new attempt from the resource's current profile, to the server
 * of its latest deployment unless {@code serverId} names another.
 */
public record RedeployInput(String resourceId, String projectId, String environmentId, String serverId,
                            String destinationId, String sourceDeploymentId, String readinessGeneratedAt) {
}
