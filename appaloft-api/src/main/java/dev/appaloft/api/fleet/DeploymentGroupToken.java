package dev.appaloft.api.fleet;

/** A new deployment-group token ({@code ax_dg_...}): shown once, only its hash is stored. */
public record DeploymentGroupToken(String token, String deploymentGroupId) {

    @Override
    public String toString() {
        return "DeploymentGroupToken[token=****, deploymentGroupId=" + deploymentGroupId + "]";
    }
}
