package dev.appaloft.api.variables;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a configuration entry is for. */
public enum VariableKind {
    PLAIN_CONFIG("plain-config"),
    SECRET("secret"),
    PROVIDER_SPECIFIC("provider-specific"),
    DEPLOYMENT_STRATEGY("deployment-strategy");

    private final String wire;

    VariableKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
