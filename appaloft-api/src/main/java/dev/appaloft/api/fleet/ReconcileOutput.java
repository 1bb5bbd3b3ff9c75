package dev.appaloft.api.fleet;

/** The state as stored. */
public record ReconcileOutput(boolean success, DeploymentState current) {
}
