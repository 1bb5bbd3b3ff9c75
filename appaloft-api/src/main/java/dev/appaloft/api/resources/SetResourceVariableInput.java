package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;

/** {@code resources.setVariable}: a resource-scoped entry (kind defaults to plain-config). */
public record SetResourceVariableInput(
        String resourceId,
        String key,
        String value,
        VariableKind kind,
        VariableExposure exposure,
        @JsonProperty("isSecret") Boolean isSecret) {
}
