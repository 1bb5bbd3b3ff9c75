package dev.appaloft.api.variables;

import com.fasterxml.jackson.annotation.JsonValue;

/** When a variable is visible: while building the image, or to the running app. */
public enum VariableExposure {
    BUILD_TIME("build-time"),
    RUNTIME("runtime");

    private final String wire;

    VariableExposure(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
