package dev.appaloft.api.fleet;

/** {@code create_deployment_group}: a name and the quota of deployments (default 100). */
public record CreateDeploymentGroupInput(String name, Long maxDeployments) {

    public static CreateDeploymentGroupInput named(String name) {
        return new CreateDeploymentGroupInput(name, null);
    }
}
