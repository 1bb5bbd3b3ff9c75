package dev.appaloft.api.environments;

import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableScope;

/** {@code environments.unsetVariable}: removes the entry (scope defaults to {@code environment}). */
public record UnsetEnvironmentVariableInput(
        String environmentId, String key, VariableExposure exposure, VariableScope scope) {
}
