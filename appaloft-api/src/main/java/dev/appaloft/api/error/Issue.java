package dev.appaloft.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem with an input, at a field path ({@code ["confirmation","projectId"]}). The codes
 * follow the original's wire format: {@code invalid_type}, {@code invalid_value},
 * {@code unrecognized_keys}, {@code too_small}, {@code too_big}, {@code invalid_format},
 * {@code custom}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(
        String code,
        List<Object> path,
        String message,
        String expected,
        List<String> values,
        List<String> keys) {

    public Issue {
        path = List.copyOf(path);
        values = values == null ? null : List.copyOf(values);
        keys = keys == null ? null : List.copyOf(keys);
    }

    /** @param field a field name, or a dotted path ({@code source.locator}) split into its segments */
    public static Issue custom(String field, String message) {
        return new Issue("custom", segments(field), message, null, null, null);
    }

    public static Issue required(String field, String expectedType) {
        return new Issue("invalid_type", segments(field), field + " is required", expectedType, null, null);
    }

    private static List<Object> segments(String field) {
        return List.of((Object[]) field.split("\\."));
    }

    /** The path joined with dots, for messages and logs ({@code confirmation.projectId}). */
    public String dottedPath() {
        return dotted(path);
    }

    public static String dotted(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object part : path) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
