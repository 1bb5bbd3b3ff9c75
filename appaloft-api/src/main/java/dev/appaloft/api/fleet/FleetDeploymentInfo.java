package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * {@code get_deployment_info}: where to reach a deployment. The resource values are
 * {@code {resourceType, publicUrl?}} (what the original's clients read), not the spec's
 * {@code ResourceEntry}, which is a schema name collision there.
 */
public record FleetDeploymentInfo(Commands commands, Map<String, Resource> resources, String status,
                                  Platform platform, JsonNode error) {

    public record Commands(String url, String deploymentId) {
    }

    public record Resource(String resourceType, String publicUrl) {
    }
}
