package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a worker reports through reconcile. {@code stackState}, {@code environmentInfo} and
 * {@code runtimeMetadata} are opaque documents: stored and returned exactly as given, unknown
 * fields included.
 */
public record DeploymentState(
        FleetDeploymentStatus status,
        Platform platform,
        ReleaseInfo currentRelease,
        ReleaseInfo targetRelease,
        JsonNode stackState,
        JsonNode environmentInfo,
        JsonNode runtimeMetadata,
        Boolean retryRequested) {

    public DeploymentState withStatus(FleetDeploymentStatus value) {
        return new DeploymentState(value, platform, currentRelease, targetRelease, stackState, environmentInfo,
                runtimeMetadata, retryRequested);
    }
}
