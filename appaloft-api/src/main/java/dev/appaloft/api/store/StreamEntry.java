package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A record to append to a stream: a type (e.g. {@code project.created}), a JSON body and a time.
 * A record may also be scoped: the organization it belongs to and the subject (aggregate) it is
 * about, both optional; {@link StoreReader#queryStream} filters on them with an index, so a stream
 * shared by every organization (the audit stream) is read one organization at a time.
 */
public record StreamEntry(String type, String body, Instant at, String organizationId, String subjectId) {
    public StreamEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }

    /** An unscoped record. */
    public StreamEntry(String type, String body, Instant at) {
        this(type, body, at, null, null);
    }
}
