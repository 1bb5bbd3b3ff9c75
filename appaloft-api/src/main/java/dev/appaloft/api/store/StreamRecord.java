package dev.appaloft.api.store;

import java.time.Instant;

/**
 * An appended stream record; {@code seq} is its cursor within {@code stream}. {@code organizationId}
 * and {@code subjectId} are the scope it was appended with (null when unscoped).
 */
public record StreamRecord(String stream, long seq, String type, String body, Instant at, String organizationId,
                           String subjectId) {

    /** An unscoped record. */
    public StreamRecord(String stream, long seq, String type, String body, Instant at) {
        this(stream, seq, type, body, at, null, null);
    }
}
