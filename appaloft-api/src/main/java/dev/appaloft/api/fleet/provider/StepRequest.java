package dev.appaloft.api.fleet.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.ReleaseInfo;
import java.util.List;

/**
 * What a provider steps: the deployment's identity, its state (status, current release, stack
 * state, ...), the release to converge to ({@code target}: absent for a teardown or when nothing
 * was released yet), its stack settings and variables, and whether a retry was requested.
 */
public record StepRequest(String deploymentId, String deploymentName, DeploymentState state, ReleaseInfo target,
                          JsonNode stackSettings, List<EnvironmentVariable> variables, boolean retryRequested) {

    public StepRequest {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }
}
