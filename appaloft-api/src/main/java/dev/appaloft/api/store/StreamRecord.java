package dev.appaloft.api.store;

import java.time.Instant;

/** An appended stream record; {@code seq} is its cursor within {@code stream}. */
public record StreamRecord(String stream, long seq, String type, String body, Instant at) {
}
