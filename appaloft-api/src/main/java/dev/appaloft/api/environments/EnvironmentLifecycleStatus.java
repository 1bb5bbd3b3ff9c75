package dev.appaloft.api.environments;

import com.fasterxml.jackson.annotation.JsonValue;

public enum EnvironmentLifecycleStatus {
    ACTIVE("active"),
    LOCKED("locked"),
    ARCHIVED("archived");

    private final String wire;

    EnvironmentLifecycleStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** active <-> locked, active|locked -> archived; archived is final. */
    public boolean canBecome(EnvironmentLifecycleStatus next) {
        return switch (this) {
            case ACTIVE -> next == LOCKED || next == ARCHIVED;
            case LOCKED -> next == ACTIVE || next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
