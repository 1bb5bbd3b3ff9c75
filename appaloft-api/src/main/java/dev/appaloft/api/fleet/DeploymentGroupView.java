package dev.appaloft.api.fleet;

/** A deployment group: its quota and how many live deployments count against it. */
public record DeploymentGroupView(String id, String name, long maxDeployments, long deploymentCount, String createdAt) {
}
