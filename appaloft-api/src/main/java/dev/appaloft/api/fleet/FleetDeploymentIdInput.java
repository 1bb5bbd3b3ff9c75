package dev.appaloft.api.fleet;

/** A fleet deployment by id (get, delete, info, redeploy, retry). */
public record FleetDeploymentIdInput(String id) {
}
