package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

/** {@code resources.secrets.create}: fails if the secret exists (rotate it instead). */
public record CreateResourceSecretInput(String resourceId, String key, String value, VariableExposure exposure) {
}
