package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A default for the whole instance ({@code system}) or for one organization, which overrides it. */
public enum RetentionScope {
    ORGANIZATION, SYSTEM;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RetentionScope fromWire(String value) {
        for (RetentionScope scope : values()) {
            if (scope.wire().equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown retention scope: " + value);
    }
}
