package dev.appaloft.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.audit.AuditEventDetail;
import dev.appaloft.api.audit.AuditEventSummary;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Audit stream records as users see them. An event's id is {@code aud_<seq>}: its place in the
 * stream, stable and never reused. Payloads keep primitive values and string lists; a value under
 * a key that names a secret, and any nested value, reads {@code [redacted]}.
 */
final class AuditRecords {

    static final String ID_PREFIX = "aud_";
    private static final Pattern SENSITIVE = Pattern.compile(
            "secret|token|password|passphrase|credential|private|signature|certificate|cookie|authorization"
                    + "|apikey|api_key|env|value|output");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");

    private AuditRecords() {
    }

    static String id(long seq) {
        return ID_PREFIX + seq;
    }

    /** The stream position an id names, or 0 when it names none. */
    static long seq(String auditEventId) {
        if (auditEventId == null || !auditEventId.startsWith(ID_PREFIX)) {
            return 0;
        }
        String digits = auditEventId.substring(ID_PREFIX.length());
        return DIGITS.matcher(digits).matches() ? Long.parseLong(digits) : 0;
    }

    static String aggregateId(StreamRecord record) {
        return record.subjectId() == null ? "" : record.subjectId();
    }

    static AuditEventSummary summary(StreamRecord record) {
        return new AuditEventSummary(id(record.seq()), aggregateId(record), record.type(),
                Timestamps.format(record.at()));
    }

    static AuditEventDetail detail(StreamRecord record) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(record.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        List<String> redacted = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Object value = safe(field.getKey(), field.getValue());
            if (value == REDACTED) {
                redacted.add(field.getKey());
                payload.put(field.getKey(), AuditEventDetail.REDACTED);
            } else {
                payload.put(field.getKey(), value);
            }
        }
        return new AuditEventDetail(id(record.seq()), aggregateId(record), record.type(),
                Timestamps.format(record.at()), payload, List.copyOf(redacted));
    }

    private static final Object REDACTED = new Object();

    private static Object safe(String key, JsonNode value) {
        if (sensitive(key)) {
            return REDACTED;
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isArray()) {
            List<String> strings = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    return REDACTED;
                }
                strings.add(item.asText());
            }
            return strings;
        }
        return REDACTED; // nested objects may carry anything
    }

    /** Whether a payload key names something that must not be shown (the ids of sessions are fine). */
    static boolean sensitive(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith("id") || k.endsWith("ids") || k.equals("eventtype") || k.equals("operation")) {
            return false;
        }
        return SENSITIVE.matcher(k).find();
    }
}
