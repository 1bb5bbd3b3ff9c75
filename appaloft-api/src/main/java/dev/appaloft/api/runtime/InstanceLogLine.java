package dev.appaloft.api.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One line an instance wrote.
 *
 * @param timestamp when the runtime received it (nanosecond precision where the runtime has it); null when unknown
 */
public record InstanceLogLine(Stream stream, Instant timestamp, String text) {

    public enum Stream { STDOUT, STDERR, UNKNOWN }

    public InstanceLogLine {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }
}
