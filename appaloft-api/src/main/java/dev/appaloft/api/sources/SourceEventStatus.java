package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a source event ended: matched and started deployments, or why it did not. */
public enum SourceEventStatus {
    ACCEPTED, DEDUPED, IGNORED, BLOCKED, DISPATCHED, FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceEventStatus of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
