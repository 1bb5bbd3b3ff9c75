package dev.appaloft.api.variables;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A variable as reads show it: secret values are always {@code "****"}. */
public record MaskedVariable(
        String key,
        String value,
        VariableScope scope,
        VariableExposure exposure,
        @JsonProperty("isSecret") boolean isSecret,
        VariableKind kind) {

    public static final String MASK = "****";
}
