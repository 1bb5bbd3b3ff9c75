package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code create_deployment}. A group token always creates in its own group; an admin names the
 * group, or may leave it out when the organization has exactly one. {@code environmentVariables}
 * is accepted although the spec leaves it out (the original's clients send it).
 */
public record CreateFleetDeploymentInput(String name, Platform platform, String deploymentGroupId,
                                         JsonNode stackSettings, List<EnvironmentVariable> environmentVariables) {

    public CreateFleetDeploymentInput {
        environmentVariables = environmentVariables == null ? null : List.copyOf(environmentVariables);
    }

    public static CreateFleetDeploymentInput of(String name, Platform platform, String deploymentGroupId) {
        return new CreateFleetDeploymentInput(name, platform, deploymentGroupId, null, null);
    }
}
