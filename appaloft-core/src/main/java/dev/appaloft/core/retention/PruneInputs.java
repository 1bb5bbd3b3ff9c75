package dev.appaloft.core.retention;

import dev.appaloft.core.internal.Validation;
import java.time.Instant;

/** The checks every retention prune shares: the required cutoff and the optional text filters. */
final class PruneInputs {

    static final int MAX_FILTER = 200;

    private PruneInputs() {
    }

    /** The required {@code before} cutoff, an ISO-8601 instant. */
    static Instant before(Validation v, String value) {
        return v.requiredInstant("before", value);
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
