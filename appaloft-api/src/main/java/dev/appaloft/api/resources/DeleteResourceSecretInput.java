package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

public record DeleteResourceSecretInput(String resourceId, String key, VariableExposure exposure) {
}
