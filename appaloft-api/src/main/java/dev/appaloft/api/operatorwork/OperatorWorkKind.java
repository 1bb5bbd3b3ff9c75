package dev.appaloft.api.operatorwork;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a background work item is about, as {@code operatorWork.*} reports it. */
public enum OperatorWorkKind {
    DEPLOYMENT, PROXY_BOOTSTRAP, CERTIFICATE, REMOTE_STATE, ROUTE_REALIZATION, RUNTIME_MAINTENANCE, SYSTEM;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static OperatorWorkKind fromWire(String value) {
        for (OperatorWorkKind kind : values()) {
            if (kind.wire().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown work kind: " + value);
    }
}
