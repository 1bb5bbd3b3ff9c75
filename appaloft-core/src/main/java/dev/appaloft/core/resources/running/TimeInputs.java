package dev.appaloft.core.resources.running;

import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times users pass as text: ISO-8601 instants, or durations back from now ({@code 90s}, {@code 15m}, {@code 2h}, {@code 7d}). */
final class TimeInputs {

    private static final Pattern AGO = Pattern.compile("(\\d{1,9})([smhd])");

    private TimeInputs() {
    }

    /** The instant {@code text} names; null (with an issue on {@code field}) when it names none. */
    static Instant instantOrAgo(Validation v, String field, String text, Instant now) {
        if (text == null) {
            return null;
        }
        Matcher ago = AGO.matcher(text.strip());
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration back = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return now.minus(back);
        }
        return instant(v, field, text);
    }

    /** An ISO-8601 instant ({@code 2026-11-23T07:24:21.505Z} or with an offset); null with an issue otherwise. */
    static Instant instant(Validation v, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            v.check(false, field, field + " must be an ISO-8601 time such as 2026-01-31T12:00:00Z"
                    + (field.equals("since") ? " or a duration such as 15m, 2h or 1d" : ""));
            return null;
        }
    }
}
