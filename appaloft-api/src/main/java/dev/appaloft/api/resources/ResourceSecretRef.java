package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;

/** Which secret a secrets command touched; never its value. */
public record ResourceSecretRef(String resourceId, String key, VariableExposure exposure) {
}
