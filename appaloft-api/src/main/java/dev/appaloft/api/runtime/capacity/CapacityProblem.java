package dev.appaloft.api.runtime.capacity;

import java.util.Objects;

/** Something a reading could not cover, and why; never carries raw command output or secrets. */
public record CapacityProblem(Kind kind, Area area, String message) {

    public enum Kind { DOCKER_UNAVAILABLE, TIMEOUT, PARTIAL_DIAGNOSTIC }

    public enum Area { DISK, INODE, DOCKER, MEMORY, CPU }

    public CapacityProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(message, "message");
    }
}
