package dev.appaloft.api.environments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.appaloft.api.variables.MaskedVariable;
import dev.appaloft.api.variables.VariableExposure;
import java.util.List;

/**
 * {@code environments.diff}: per key and exposure, how the other environment's effective value
 * compares with this one's. On the wire it is a bare JSON array.
 */
public record EnvironmentDiff(@JsonValue List<Entry> entries) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EnvironmentDiff {
        entries = List.copyOf(entries);
    }

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code left} is this environment's entry, {@code right} the other's; either may be absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String key, VariableExposure exposure, MaskedVariable left, MaskedVariable right, Change change) {
    }
}
