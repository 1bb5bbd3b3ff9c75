package dev.appaloft.http.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.appaloft.api.error.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns schema-validator messages into the wire's issue format ({@code invalid_type},
 * {@code invalid_value}, {@code unrecognized_keys}, {@code too_small}, {@code too_big},
 * {@code invalid_format}), with our own plain messages.
 */
final class IssueMapper {

    private IssueMapper() {
    }

    static Issue toIssue(ValidationMessage m, List<Object> basePath) {
        List<Object> path = new ArrayList<>(basePath);
        path.addAll(elements(m.getInstanceLocation()));
        JsonNode schema = m.getSchemaNode();
        String type = m.getType();
        switch (type) {
            case "required" -> {
                path.add(m.getProperty());
                String expected = typeOf(schema == null ? null : schema.path("properties").get(m.getProperty()));
                return new Issue("invalid_type", path, dotted(path) + " is required", expected, null, null);
            }
            case "type" -> {
                String expected = typeOf(schema);
                return new Issue("invalid_type", path, dotted(path) + " must be " + article(expected), expected,
                        null, null);
            }
            case "enum", "const" -> {
                List<String> values = allowedValues(schema);
                return new Issue("invalid_value", path, dotted(path) + " must be one of: " + String.join(", ", values),
                        null, values, null);
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String key = m.getProperty();
                return new Issue("unrecognized_keys", path, "unknown field " + key, null, null, List.of(key));
            }
            case "minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties" -> {
                return new Issue("too_small", path, dotted(path) + " " + stripped(m), null, null, null);
            }
            case "maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties" -> {
                return new Issue("too_big", path, dotted(path) + " " + stripped(m), null, null, null);
            }
            case "pattern", "format" -> {
                return new Issue("invalid_format", path, dotted(path) + " " + stripped(m), null, null, null);
            }
            default -> {
                return new Issue("custom", path, dotted(path) + " " + stripped(m), null, null, null);
            }
        }
    }

    /** One {@code unrecognized_keys} issue per object, listing every unknown key, like the original. */
    static List<Issue> mergeUnrecognizedKeys(List<Issue> issues) {
        Map<List<Object>, List<String>> unknown = new LinkedHashMap<>();
        List<Issue> out = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.code().equals("unrecognized_keys")) {
                unknown.computeIfAbsent(issue.path(), k -> new ArrayList<>()).addAll(issue.keys());
            } else {
                out.add(issue);
            }
        }
        unknown.forEach((path, keys) -> out.add(new Issue("unrecognized_keys", path,
                "unknown field" + (keys.size() > 1 ? "s " : " ") + String.join(", ", keys), null, null,
                keys.stream().sorted().toList())));
        out.sort(Comparator.comparing(Issue::dottedPath).thenComparing(Issue::code));
        return out;
    }

    private static List<Object> elements(JsonNodePath location) {
        List<Object> out = new ArrayList<>();
        if (location == null) {
            return out;
        }
        for (int i = 0; i < location.getNameCount(); i++) {
            out.add(location.getElement(i));
        }
        return out;
    }

    private static String typeOf(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        if (schema.isTextual()) {
            return schema.asText();
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        return type.isArray() ? type.get(0).asText() : type.asText();
    }

    private static List<String> allowedValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema == null) {
            return values;
        }
        JsonNode list = schema.isArray() ? schema : schema.has("enum") ? schema.get("enum") : null;
        if (list != null) {
            list.forEach(v -> values.add(v.asText()));
        } else if (schema.has("const")) {
            values.add(schema.get("const").asText());
        } else if (!schema.isContainerNode()) {
            values.add(schema.asText());
        }
        return values;
    }

    private static String dotted(List<Object> path) {
        return path.isEmpty() ? "the body" : Issue.dotted(path);
    }

    private static String article(String type) {
        if (type == null) {
            return "of another type";
        }
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    // networknt messages read "$.field: must be ..."; keep only the part after the location
    private static String stripped(ValidationMessage m) {
        String message = m.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
