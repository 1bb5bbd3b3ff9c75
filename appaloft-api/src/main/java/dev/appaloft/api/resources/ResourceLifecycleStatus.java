package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ResourceLifecycleStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("archived") ARCHIVED,
    @JsonProperty("deleted") DELETED;

    /** active -> archived -> deleted; nothing comes back. */
    public boolean canBecome(ResourceLifecycleStatus next) {
        return (this == ACTIVE && next == ARCHIVED) || (this == ARCHIVED && next == DELETED);
    }
}
