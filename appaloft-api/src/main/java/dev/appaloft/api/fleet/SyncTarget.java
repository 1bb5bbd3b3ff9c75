package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What an agent should converge its deployment to: the release (the desired one, or the current
 * one for a retry, a redeploy or a teardown; absent when nothing was ever released for the
 * deployment's platform) and its configuration. {@code status} is the deployment's status, so the
 * agent knows which phase it is asked to run.
 */
public record SyncTarget(ReleaseInfo releaseInfo, Config config, FleetDeploymentStatus status) {

    public record Config(JsonNode stackSettings, Variables environmentVariables, boolean allowFrozenChanges,
                         Map<String, JsonNode> externalBindings) {
    }

    /** The deployment's variables, secret values included (only its own worker or an admin gets them). */
    public record Variables(List<EnvironmentVariable> variables, String hash, String createdAt) {
    }
}
