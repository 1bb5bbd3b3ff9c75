package dev.appaloft.api.runtime.capacity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A container as a capacity reading sees it. {@code status} is the engine's own words ("Exited (0)
 * 2 hours ago"); {@code finishedAt} is null while it never stopped; {@code writableBytes} (its
 * writable layer) is null when the engine did not say; {@code volumes} are the names of the
 * volumes it mounts (which a removal keeps).
 */
public record ManagedContainer(String id, String name, Map<String, String> labels, boolean running, String state,
                               String status, String image, Instant createdAt, Instant finishedAt,
                               Long writableBytes, List<String> volumes) {

    public ManagedContainer {
        Objects.requireNonNull(id, "id");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }

    /** When it last changed: when it stopped, else when it was made. */
    public Instant updatedAt() {
        if (finishedAt != null && (createdAt == null || finishedAt.isAfter(createdAt))) {
            return finishedAt;
        }
        return createdAt;
    }
}
