package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

public record UnsetResourceVariableInput(String resourceId, String key, VariableExposure exposure) {
}
