package dev.appaloft.api.projects;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ProjectLifecycleStatus {
    ACTIVE("active"),
    ARCHIVED("archived"),
    /** A tombstone: never shown by reads. */
    DELETED("deleted");

    private final String wire;

    ProjectLifecycleStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** active -> archived, archived -> active (restore), archived -> deleted; nothing leaves deleted. */
    public boolean canBecome(ProjectLifecycleStatus next) {
        return switch (this) {
            case ACTIVE -> next == ARCHIVED;
            case ARCHIVED -> next == ACTIVE || next == DELETED;
            case DELETED -> false;
        };
    }
}
