package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Objects;

/** A record to append to a stream: a type (e.g. {@code project.created}), a JSON body and a time. */
public record StreamEntry(String type, String body, Instant at) {
    public StreamEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }
}
