package dev.appaloft.api.operatorwork;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A work item's status as operators see it: a pending item that already failed an attempt is
 * {@code retry-scheduled}, and one an operator marked recovered reads {@code succeeded}.
 */
public enum OperatorWorkStatus {
    PENDING, RUNNING, RETRY_SCHEDULED, SUCCEEDED, FAILED, CANCELED, DEAD_LETTERED, UNKNOWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static OperatorWorkStatus fromWire(String value) {
        for (OperatorWorkStatus status : values()) {
            if (status.wire().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown work status: " + value);
    }
}
