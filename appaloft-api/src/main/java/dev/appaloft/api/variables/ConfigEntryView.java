package dev.appaloft.api.variables;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A configuration entry in precedence views; secret values are {@code "****"}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigEntryView(
        String key,
        String value,
        VariableScope scope,
        VariableExposure exposure,
        @JsonProperty("isSecret") boolean isSecret,
        VariableKind kind,
        String updatedAt) {
}
