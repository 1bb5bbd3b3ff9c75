package dev.appaloft.api.environments;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;

/**
 * {@code environments.setVariable}: creates or replaces the entry with this key, exposure and
 * scope (scope defaults to {@code environment}). Build-time keys must start with {@code PUBLIC_}
 * or {@code VITE_} and cannot be secret.
 */
public record SetEnvironmentVariableInput(
        String environmentId,
        String key,
        String value,
        VariableKind kind,
        VariableExposure exposure,
        VariableScope scope,
        @JsonProperty("isSecret") Boolean isSecret) {
}
