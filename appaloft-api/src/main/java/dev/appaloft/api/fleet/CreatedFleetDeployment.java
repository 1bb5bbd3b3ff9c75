package dev.appaloft.api.fleet;

/** A new deployment; a group-token caller also gets the deployment's own token ({@code ax_deploy_...}), once. */
public record CreatedFleetDeployment(FleetDeploymentView deployment, String token) {

    @Override
    public String toString() {
        return "CreatedFleetDeployment[deployment=" + deployment.id() + ", token=" + (token == null ? null : "****") + "]";
    }
}
