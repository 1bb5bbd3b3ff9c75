package dev.appaloft.api.deployments;

/** {@code deployments.plan}: what a deployment of this resource to this server would do, without doing it. */
public record PlanDeploymentInput(String projectId, String environmentId, String resourceId, String serverId,
                                  String destinationId, Boolean includeAccessPlan, Boolean includeCommandSpecs) {

    public static PlanDeploymentInput of(String projectId, String environmentId, String resourceId, String serverId) {
        return new PlanDeploymentInput(projectId, environmentId, resourceId, serverId, null, null, null);
    }
}
