package dev.appaloft.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.SpecDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request for any catalog operation, made from the spec: path parameters and fields named like
 * an id take the given ids, other required fields a value of their schema's type. Good enough to
 * get past validation, so an authorization or lookup answer is what a test sees.
 */
final class SampleRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode SPEC;

    static {
        try {
            SPEC = new ObjectMapper().readTree(SpecDocuments.read(SpecDocuments.APPALOFT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code idsUsed}: the ids the request names as references (path parameters and required
     * fields); ids put into optional fields are filters (a foreign one matches nothing).
     */
    record Sample(String method, String path, String body, Set<String> idsUsed) {
    }

    private SampleRequests() {
    }

    static Sample of(Operation<?, ?> operation, Map<String, String> ids) {
        JsonNode op = SPEC.path("paths").path(operation.path()).path(operation.method().name().toLowerCase());
        Set<String> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(operation.httpPath());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = ids.getOrDefault(name, name.equals("key") ? "KEY" : "x_unknown");
            if (ids.containsKey(name)) {
                used.add(name);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(path);
        StringBuilder query = new StringBuilder();
        for (JsonNode param : op.path("parameters")) {
            if (param.path("in").asText().equals("query") && param.path("required").asBoolean()) {
                String name = param.path("name").asText();
                JsonNode value = value(name, param.path("schema"), ids, used);
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
            } else if (param.path("in").asText().equals("query") && param.path("style").asText().equals("deepObject")
                    && !param.path("schema").path("type").asText().equals("array")) {
                // an optional deepObject that names an id (a monitoring scope) is sent: it is what the
                // operation reads, so the matrix checks another organization's id is not found
                Set<String> named = new LinkedHashSet<>();
                JsonNode value = value(param.path("name").asText(), param.path("schema"), ids, named);
                if (!named.isEmpty() && value.isObject()) {
                    used.addAll(named);
                    String name = param.path("name").asText();
                    value.fields().forEachRemaining(f -> query.append(query.length() == 0 ? "?" : "&").append(name)
                            .append('[').append(f.getKey()).append("]=")
                            .append(URLEncoder.encode(f.getValue().asText(), StandardCharsets.UTF_8)));
                }
            }
        }
        // audit events: an export names its aggregate (optional in the spec, required by the operation);
        // it is a filter, so a foreign id exports nothing rather than answering 404
        if (operation.key().equals("auditEvents.export") && ids.containsKey("projectId")) {
            query.append(query.length() == 0 ? "?" : "&").append("aggregateId=")
                    .append(URLEncoder.encode(ids.get("projectId"), StandardCharsets.UTF_8));
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        String body = schema.isMissingNode() ? null : value("(body)", schema, ids, used).toString();
        return new Sample(operation.method().name(), path + query.toString(), body, used);
    }

    private static JsonNode value(String name, JsonNode schema, Map<String, String> ids, Set<String> used) {
        if (schema.has("anyOf") || schema.has("oneOf")) {
            return value(name, (schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf")).get(0), ids, used);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            // runtime exposure: build-time variables have naming rules a sample would break
            for (JsonNode option : schema.get("enum")) {
                if (option.asText().equals("runtime")) {
                    return option;
                }
            }
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string" -> {
                if (ids.containsKey(name)) {
                    used.add(name);
                    return NODES.textNode(ids.get(name));
                }
                if ("email".equals(schema.path("format").asText()) || name.toLowerCase().contains("email")) {
                    return NODES.textNode("sample@example.com");
                }
                if (name.endsWith("At") || "date-time".equals(schema.path("format").asText())) {
                    // audit events: a window's end comes after its start
                    return NODES.textNode(name.equals("to") ? "2030-01-02T00:00:00Z" : "2030-01-01T00:00:00Z");
                }
                if (schema.has("pattern")) {
                    return NODES.textNode("sample");
                }
                if (name.endsWith("Path")) {
                    return NODES.textNode("/sample"); // paths inside containers and on hosts are absolute
                }
                return NODES.textNode(switch (name) {
                    case "key" -> "SAMPLE_KEY";
                    case "content" -> "SAMPLE_KEY=1"; // a .env document
                    case "connectionUrl" -> "postgres://db.example.com/sample"; // the first kind's scheme
                    // scheduled tasks
                    case "schedule" -> "0 3 * * *";
                    case "timezone" -> "UTC";
                    default -> "sample";
                });
            }
            case "integer", "number" -> {
                return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (schema.path("minItems").asInt(0) > 0) {
                    array.add(value(name, schema.path("items"), ids, used));
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    // required fields, and any field naming an id we have (confirmations, references)
                    if (required.contains(field.getKey())) {
                        object.set(field.getKey(), value(field.getKey(), field.getValue(), ids, used));
                    } else if (ids.containsKey(field.getKey()) && field.getValue().path("type").asText().equals("string")) {
                        object.set(field.getKey(), value(field.getKey(), field.getValue(), ids, new LinkedHashSet<>()));
                    }
                }
                return object;
            }
        }
    }
}
