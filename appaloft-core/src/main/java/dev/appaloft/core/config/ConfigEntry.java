package dev.appaloft.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.variables.ConfigEntryView;
import dev.appaloft.api.variables.MaskedVariable;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import java.time.Instant;

/**
 * One configuration entry as stored. For a secret, {@code value} is the sealed envelope, never
 * the plain text; reads show {@code "****"} either way. Identity is key + exposure + scope.
 */
public record ConfigEntry(
        String key,
        String value,
        VariableKind kind,
        VariableExposure exposure,
        VariableScope scope,
        @JsonProperty("isSecret") boolean isSecret,
        Instant updatedAt) {

    public boolean sameSlot(String otherKey, VariableExposure otherExposure, VariableScope otherScope) {
        return key.equals(otherKey) && exposure == otherExposure && scope == otherScope;
    }

    public ConfigEntry rescoped(VariableScope newScope, Instant at) {
        return new ConfigEntry(key, value, kind, exposure, newScope, isSecret, at);
    }

    private String shownValue() {
        return isSecret ? MaskedVariable.MASK : value;
    }

    public MaskedVariable masked() {
        return new MaskedVariable(key, shownValue(), scope, exposure, isSecret, kind);
    }

    public ConfigEntryView view() {
        return new ConfigEntryView(key, shownValue(), scope, exposure, isSecret, kind, Timestamps.format(updatedAt));
    }
}
