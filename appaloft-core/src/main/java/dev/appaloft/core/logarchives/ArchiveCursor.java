package dev.appaloft.core.logarchives;

import dev.appaloft.core.internal.Validation;
import java.time.Instant;

/** A list page's resume point: the last archive's capture time (epoch millis) and id, {@code <millis>.<id>}. */
record ArchiveCursor(Instant capturedAt, String id) {

    static String of(LogArchive last) {
        return last.capturedAt().toEpochMilli() + "." + last.id();
    }

    static ArchiveCursor parse(Validation v, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0 && dot < cursor.length() - 1) {
                return new ArchiveCursor(Instant.ofEpochMilli(Long.parseLong(cursor.substring(0, dot))),
                        cursor.substring(dot + 1));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.check(false, "cursor", "cursor must be the nextCursor of an earlier page");
        return null;
    }
}
