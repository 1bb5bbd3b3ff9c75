package dev.appaloft.core.audit;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.core.internal.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The checks the audit operations share: exact-match filters, windows, cursors. */
final class AuditInputs {

    static final int MAX_FILTER = 200;
    static final int MAX_REASON = 1000;

    private AuditInputs() {
    }

    /** An optional exact filter; an empty one is an error (read as "any" it would widen a prune). */
    static String filter(Validation v, String field, String value) {
        if (value != null && value.isEmpty()) {
            v.check(false, field, field + " must not be empty");
            return null;
        }
        return v.optionalText(field, value, MAX_FILTER);
    }

    /** {@code from} must come before {@code to} when both are given. */
    static void window(Validation v, Instant from, Instant to) {
        v.check(from == null || to == null || from.isBefore(to), "to", "to must be later than from");
    }

    static AppaloftException scopeRequired(String message) {
        return new AppaloftException(ErrorCode.AUDIT_EVENT_SCOPE_REQUIRED, message,
                List.of(Issue.custom("aggregateId", message)), Map.of(), null);
    }

    static String streamCursor(long seq) {
        return encode("s" + seq);
    }

    /** The stream position a list cursor names; a cursor that is not one is a validation error. */
    static long streamPosition(Validation v, String cursor) {
        String text = decode(cursor);
        if (text == null) {
            return 0;
        }
        if (text.startsWith("s")) {
            try {
                long seq = Long.parseLong(text.substring(1));
                if (seq > 0) {
                    return seq;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the issue
            }
        }
        v.check(false, "cursor", "cursor is not one this list returned");
        return 0;
    }

    /** A document list's cursor: the last item's (createdAt, id). */
    record DocumentCursor(Instant createdAt, String id) {
    }

    static String documentCursor(Instant createdAt, String id) {
        return encode("d" + createdAt.toEpochMilli() + ":" + id);
    }

    static DocumentCursor documentPosition(Validation v, String cursor) {
        String text = decode(cursor);
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (text.startsWith("d") && colon > 1) {
            try {
                return new DocumentCursor(Instant.ofEpochMilli(Long.parseLong(text.substring(1, colon))),
                        text.substring(colon + 1));
            } catch (NumberFormatException ignored) {
                // falls through to the issue
            }
        }
        v.check(false, "cursor", "cursor is not one this list returned");
        return null;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
