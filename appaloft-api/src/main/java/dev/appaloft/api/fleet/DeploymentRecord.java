package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An acquired deployment, in the snake_case record shape the original's acquire answers with
 * (every other fleet answer is camelCase). {@code locked_by} is the session now holding its lease
 * and {@code lease_fence} that lease's fencing number.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentRecord(
        String id,
        String name,
        String deploymentGroupId,
        Platform platform,
        String status,
        JsonNode stackSettings,
        JsonNode stackState,
        JsonNode environmentInfo,
        JsonNode runtimeMetadata,
        String currentReleaseId,
        String desiredReleaseId,
        List<EnvironmentVariable> userEnvironmentVariables,
        boolean retryRequested,
        String lockedBy,
        String lockedAt,
        String leaseExpiresAt,
        long leaseFence,
        String createdAt,
        String updatedAt,
        JsonNode error) {

    public FleetDeploymentStatus statusValue() {
        return FleetDeploymentStatus.fromWire(status);
    }
}
