package dev.appaloft.api.storage;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an attached volume is mounted into the resource's containers. */
public enum MountMode {
    READ_WRITE("read-write"),
    READ_ONLY("read-only");

    private final String wire;

    MountMode(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
