package dev.appaloft.core.retention;

import dev.appaloft.core.internal.Validation;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The checks every retention prune shares: the required cutoff and the optional text filters. */
final class PruneInputs {

    static final int MAX_FILTER = 200;

    private PruneInputs() {
    }

    /** The required {@code before} cutoff, an ISO-8601 instant. */
    static Instant before(Validation v, String value) {
        if (Validation.filter(value) == null) {
            v.required("before", null);
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.check(false, "before", "before must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
            return null;
        }
    }

    /**
     * An optional exact-match filter. A blank one is an error, not "any": read as absent, it would
     * widen what a destructive prune removes.
     */
    static String filter(Validation v, String field, String value) {
        if (value != null && value.isEmpty()) {
            v.check(false, field, field + " must not be empty");
            return null;
        }
        return v.optionalText(field, value, MAX_FILTER);
    }

    /** Destructive only when asked for. */
    static boolean dryRun(Boolean value) {
        return !Boolean.FALSE.equals(value);
    }
}
