package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.appaloft.api.variables.VariableExposure;

/** A resource secret as reads show it: the value is always {@code "****"}. */
public record ResourceSecretView(
        String resourceId,
        String key,
        String value,
        String scope,
        VariableExposure exposure,
        @JsonProperty("isSecret") boolean isSecret,
        String kind,
        String updatedAt) {
}
