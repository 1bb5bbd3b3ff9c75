package dev.appaloft.api.dependencies.backups;

import com.fasterxml.jackson.annotation.JsonValue;

/** A restore attempt: {@code pending} while queued or running, then {@code completed} or {@code failed} (final). */
public enum RestoreStatus {
    PENDING("pending"),
    COMPLETED("completed"),
    FAILED("failed");

    private final String wire;

    RestoreStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public boolean canMoveTo(RestoreStatus next) {
        return this == PENDING && next != PENDING;
    }
}
