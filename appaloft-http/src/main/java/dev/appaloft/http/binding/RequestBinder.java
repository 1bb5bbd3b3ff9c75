package dev.appaloft.http.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.http.spec.OperationSpec;
import dev.appaloft.http.spec.ParameterSpec;
import dev.appaloft.http.validation.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds an operation's input from a request: the JSON body, then the declared query parameters
 * (coerced to their schema types: {@code ?limit=5} is the integer 5), then the path parameters.
 * Everything is validated against the spec first, and every problem is reported at once.
 */
public final class RequestBinder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final SchemaValidator validator;

    public RequestBinder(ObjectMapper mapper, SchemaValidator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The raw request parts a binder needs; keeps this class free of the web framework. */
    public record RawRequest(byte[] body, Map<String, List<String>> query, Map<String, String> pathParams) {
    }

    public ObjectNode bind(RawRequest request, OperationSpec spec) {
        List<Issue> issues = new ArrayList<>();
        ObjectNode input = bindBody(request.body(), spec, issues);
        for (ParameterSpec param : spec.query()) {
            if (DeepObjects.foldedInto(param, spec.query())) {
                continue;
            }
            if (param.deepObject()) {
                ObjectNode object = DeepObjects.collect(param, request.query());
                if (object == null) {
                    if (param.required()) {
                        issues.add(Issue.required(param.name(), "object"));
                    }
                    continue;
                }
                issues.addAll(validator.validate(param.schema(), object, List.of(param.name())));
                input.set(param.name(), object);
                continue;
            }
            List<String> values = values(request.query(), param);
            JsonNode value = coerce(param, values, issues);
            if (value == null) {
                if (param.required()) {
                    issues.add(Issue.required(param.name(), param.type()));
                }
                continue;
            }
            issues.addAll(validator.validate(param.schema(), value, List.of(param.name())));
            input.set(param.name(), value);
        }
        for (ParameterSpec param : spec.path()) {
            String value = request.pathParams().get(param.name());
            if (value != null) {
                issues.addAll(validator.validate(param.schema(), NODES.textNode(value), List.of(param.name())));
                input.put(param.name(), value);
            }
        }
        if (!issues.isEmpty()) {
            throw AppaloftException.validation(issues);
        }
        return input;
    }

    private ObjectNode bindBody(byte[] body, OperationSpec spec, List<Issue> issues) {
        if (spec.requestBodySchema() == null) {
            return NODES.objectNode();
        }
        if (body == null || body.length == 0 || isBlank(body)) {
            if (spec.requestBodyRequired()) {
                issues.add(new Issue("invalid_type", List.of(), "a JSON body is required", "object", null, null));
            }
            return NODES.objectNode();
        }
        JsonNode parsed;
        try {
            parsed = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST,
                    "the request body is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the request body could not be read");
        }
        issues.addAll(validator.validate(spec.requestBodySchema(), parsed, List.of()));
        return parsed instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** An array parameter may also be written {@code name[]=a&name[]=b} (Alien clients do). */
    private static List<String> values(Map<String, List<String>> query, ParameterSpec param) {
        List<String> plain = query.get(param.name());
        List<String> brackets = param.type().equals("array") ? query.get(param.name() + "[]") : null;
        if (brackets == null || brackets.isEmpty()) {
            return plain;
        }
        List<String> all = new ArrayList<>(plain == null ? List.of() : plain);
        all.addAll(brackets);
        return all;
    }

    private static JsonNode coerce(ParameterSpec param, List<String> values, List<Issue> issues) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (param.type().equals("array")) {
            ArrayNode array = NODES.arrayNode();
            String itemType = param.schema().path("items").path("type").asText("string");
            for (String v : values) {
                for (String part : v.split(",")) {
                    JsonNode item = scalar(itemType, part, param.name(), issues);
                    if (item != null) {
                        array.add(item);
                    }
                }
            }
            return array;
        }
        String raw = values.get(values.size() - 1);
        if (raw.isEmpty() && !param.type().equals("string")) {
            return null;
        }
        return scalar(param.type(), raw, param.name(), issues);
    }

    private static JsonNode scalar(String type, String raw, String name, List<Issue> issues) {
        try {
            return switch (type) {
                case "integer" -> NODES.numberNode(Long.parseLong(raw.trim()));
                case "number" -> NODES.numberNode(Double.parseDouble(raw.trim()));
                case "boolean" -> {
                    if (raw.equalsIgnoreCase("true")) {
                        yield NODES.booleanNode(true);
                    }
                    if (raw.equalsIgnoreCase("false")) {
                        yield NODES.booleanNode(false);
                    }
                    throw new NumberFormatException();
                }
                default -> NODES.textNode(raw);
            };
        } catch (NumberFormatException e) {
            issues.add(new Issue("invalid_type", List.of(name), name + " must be " + (type.equals("integer") ? "an " : "a ")
                    + type, type, null, null));
            return null;
        }
    }
}
