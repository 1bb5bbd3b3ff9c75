package dev.appaloft.core.internal;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an input before failing, so callers see all of them at once.
 */
public final class Validation {

    private final List<Issue> issues = new ArrayList<>();

    public Validation required(String field, Object value) {
        if (value == null) {
            issues.add(Issue.required(field, "string"));
        }
        return this;
    }

    /** A required text that is not blank once trimmed, at most {@code maxLength} characters. */
    public String text(String field, String value, int maxLength) {
        if (value == null) {
            issues.add(Issue.required(field, "string"));
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    /** An optional text: null stays null, otherwise trimmed, not blank and at most {@code maxLength}. */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            issues.add(new Issue("too_small", List.of(field), field + " must not be blank", null, null, null));
            return null;
        }
        return maxLength(field, trimmed, maxLength);
    }

    public String maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            issues.add(new Issue("too_big", List.of(field),
                    field + " must be at most " + maxLength + " characters", null, null, null));
            return null;
        }
        return value;
    }

    /** An optional page size: default when absent, otherwise 1..max. */
    public int limit(Integer value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        if (value < 1 || value > max) {
            issues.add(new Issue("too_big", List.of("limit"), "limit must be between 1 and " + max,
                    null, null, null));
            return defaultLimit;
        }
        return value;
    }

    /** A query filter: absent when missing or blank (clients send {@code ?projectId=} for "any"). */
    /**
     * An optional ISO-8601 time ({@code 2026-01-31T12:00:00Z}, fractions and offsets allowed); null
     * when absent, and null with an issue on {@code field} when it does not parse.
     */
    public java.time.Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            check(false, field, field + " must be an ISO-8601 time such as 2026-01-31T12:00:00Z");
            return null;
        }
    }

    /** {@link #instant}, and an issue when it is absent or blank. */
    public java.time.Instant requiredInstant(String field, String value) {
        if (filter(value) == null) {
            required(field, null);
            return null;
        }
        return instant(field, value);
    }

    public static String filter(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Validation check(boolean ok, List<Object> path, String message) {
        if (!ok) {
            issues.add(new Issue("custom", path, message, null, null, null));
        }
        return this;
    }

    public Validation check(boolean ok, String field, String message) {
        return check(ok, List.of(field), message);
    }

    public boolean ok() {
        return issues.isEmpty();
    }

    /** Throws a {@code validation_error} listing every issue, if there is any. */
    public void throwIfInvalid() {
        if (!issues.isEmpty()) {
            throw AppaloftException.validation(issues);
        }
    }
}
