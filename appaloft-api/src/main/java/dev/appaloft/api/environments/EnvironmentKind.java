package dev.appaloft.api.environments;

import com.fasterxml.jackson.annotation.JsonValue;

public enum EnvironmentKind {
    LOCAL("local"),
    DEVELOPMENT("development"),
    TEST("test"),
    STAGING("staging"),
    PRODUCTION("production"),
    PREVIEW("preview"),
    CUSTOM("custom");

    private final String wire;

    EnvironmentKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
