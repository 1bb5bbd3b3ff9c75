package dev.appaloft.api.fleet;

/** One acquired deployment. */
public record AcquiredDeployment(DeploymentRecord deployment) {
}
