package dev.appaloft.api.deployments;

public record ShowDeploymentInput(String deploymentId, Boolean includeTimeline, Boolean includeSnapshot,
                                  Boolean includeRelatedContext, Boolean includeLatestFailure,
                                  Boolean includeRecoverySummary) {

    public static ShowDeploymentInput of(String deploymentId) {
        return new ShowDeploymentInput(deploymentId, null, null, null, null, null);
    }
}
