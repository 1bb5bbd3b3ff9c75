package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fleet deployment as the API shows it. {@code stackState}, {@code environmentInfo} and
 * {@code error} are the documents its worker reported, returned as they were stored; variables
 * never appear here.
 */
public record FleetDeploymentView(
        String id,
        String name,
        Platform platform,
        String status,
        String deploymentGroupId,
        DeploymentGroupRef deploymentGroup,
        JsonNode stackSettings,
        JsonNode stackState,
        JsonNode environmentInfo,
        String currentReleaseId,
        String desiredReleaseId,
        boolean retryRequested,
        String createdAt,
        String updatedAt,
        JsonNode error) {

    public FleetDeploymentStatus statusValue() {
        return FleetDeploymentStatus.fromWire(status);
    }
}
