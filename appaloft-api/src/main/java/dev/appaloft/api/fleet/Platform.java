package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a fleet deployment runs. Every value is accepted by the model; a provider decides which ones can run. */
public enum Platform {
    AWS, GCP, AZURE, KUBERNETES, LOCAL, TEST;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Platform fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
