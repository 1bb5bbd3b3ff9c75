package dev.appaloft.api.runtime.probe;

import java.util.Map;
import java.util.Objects;

/**
 * One step of a probe: its name ({@code tcp}, {@code ssh-handshake}, {@code host-key},
 * {@code authentication}, {@code docker}, {@code disk}, {@code edge-proxy}), how it went, what a
 * person can do about a failure (in the message), how long it took, and facts it found.
 */
public record ProbeCheck(String name, Status status, String message, long durationMs, Map<String, String> metadata) {

    public enum Status {
        PASSED, FAILED, SKIPPED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ProbeCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static ProbeCheck skipped(String name, String why) {
        return new ProbeCheck(name, Status.SKIPPED, why, 0, Map.of());
    }
}
