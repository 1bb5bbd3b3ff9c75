package dev.appaloft.api.runtime.capacity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** An image as a capacity reading sees it: its id, labels, when it was built and its size in bytes. */
public record ManagedImage(String id, Map<String, String> labels, Instant createdAt, long sizeBytes) {

    public ManagedImage {
        Objects.requireNonNull(id, "id");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
