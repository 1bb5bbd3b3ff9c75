package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

public record ShowResourceSecretInput(String resourceId, String key, VariableExposure exposure) {
}
