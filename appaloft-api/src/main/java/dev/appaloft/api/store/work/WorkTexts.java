package dev.appaloft.api.store.work;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.regex.Pattern;

/** Checks of the texts a work item carries; each failure names the field. */
final class WorkTexts {

    static final int MAX_PAYLOAD = 1 << 20;
    static final int MAX_NOTE = 500;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
    private static final Pattern REFERENCE_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final JsonFactory JSON = new JsonFactory();

    private WorkTexts() {
    }

    static String requireKind(String kind) {
        return matching(kind, KIND, 64, "kind", "lowercase words joined by dashes");
    }

    /** A phase or error code: lowercase, with dots, dashes or underscores. */
    static String requireToken(String value, String field) {
        return matching(value, TOKEN, 100, field, "a lowercase code");
    }

    static String requireSafeId(String value, String field) {
        return matching(value, SAFE_ID, 128, field, "letters, digits and _ . : -");
    }

    static String requireReferenceKey(String value) {
        return matching(value, REFERENCE_KEY, 64, "reference key", "a camelCase name such as resourceId");
    }

    /** Owners and idempotency keys: any printable text, so callers can compose them freely. */
    static String requirePrintable(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain control characters");
            }
        }
        return value;
    }

    /** An operator's reason: optional, short, stored as it is. */
    static String optionalNote(String note) {
        return note == null ? null : requirePrintable(note, "reason", MAX_NOTE);
    }

    /** One complete JSON value, streamed through without building a tree. */
    static String requireJson(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("payload is required");
        }
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload must be at most " + MAX_PAYLOAD + " characters");
        }
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("payload must be a JSON value");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("payload must be one JSON value");
            }
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the payload, which may hold values callers want kept private
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new IllegalArgumentException("payload is not valid JSON (near column " + column + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("payload is not valid JSON", e);
        }
        return payload;
    }

    private static String matching(String value, Pattern pattern, int max, String field, String shape) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > max || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + shape + " (at most " + max + " characters)");
        }
        return value;
    }
}
