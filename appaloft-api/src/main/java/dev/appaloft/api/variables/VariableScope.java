package dev.appaloft.api.variables;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The layer a configuration entry belongs to. Declaration order is precedence order, lowest
 * first: an entry of a later scope overrides one of an earlier scope with the same key and
 * exposure.
 */
public enum VariableScope {
    DEFAULTS("defaults"),
    SYSTEM("system"),
    ORGANIZATION("organization"),
    PROJECT("project"),
    ENVIRONMENT("environment"),
    RESOURCE("resource"),
    DEPLOYMENT("deployment");

    private final String wire;

    VariableScope(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
