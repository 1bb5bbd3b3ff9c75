package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

public record RotateResourceSecretInput(String resourceId, String key, String value, VariableExposure exposure) {
}
