package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

public record ListResourceSecretsInput(String resourceId, VariableExposure exposure) {
}
