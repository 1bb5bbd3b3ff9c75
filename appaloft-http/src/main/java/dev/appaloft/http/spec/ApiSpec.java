package dev.appaloft.http.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.catalog.SpecDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two OpenAPI documents, indexed by operationId. Schemas that use {@code $ref} (the Alien
 * document) are given the document's {@code components} so they resolve on their own.
 */
public final class ApiSpec {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final byte[] appaloftDocument;
    private final Map<String, OperationSpec> operations = new HashMap<>();

    private ApiSpec(byte[] appaloftDocument) {
        this.appaloftDocument = appaloftDocument;
    }

    public static ApiSpec load() {
        ObjectMapper mapper = new ObjectMapper();
        byte[] appaloft = SpecDocuments.read(SpecDocuments.APPALOFT);
        ApiSpec spec = new ApiSpec(appaloft);
        try {
            spec.index(mapper.readTree(appaloft));
            spec.index(alienForValidation(mapper.readTree(SpecDocuments.read(SpecDocuments.ALIEN))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spec;
    }

    /**
     * The Alien document (OpenAPI 3.0) in the terms of the JSON Schema validator: a schema marked
     * {@code nullable: true} also accepts null. And one documented leniency (docs/alien-fleet.md,
     * pitfall 13): {@code ReconcileRequest.updateHeartbeat: null} is read as false, as the
     * original's later versions do, instead of being refused.
     */
    static JsonNode alienForValidation(JsonNode document) {
        JsonNode heartbeat = document.at("/components/schemas/ReconcileRequest/properties/updateHeartbeat");
        if (heartbeat instanceof ObjectNode field) {
            field.put("nullable", true);
        }
        return nullable(document);
    }

    private static JsonNode nullable(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, nullable(node.get(i)));
            }
            return node;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            field.setValue(nullable(field.getValue()));
        }
        if (!object.path("nullable").asBoolean(false)) {
            return object;
        }
        ObjectNode schema = object.deepCopy();
        schema.remove("nullable");
        ObjectNode either = object.objectNode();
        either.putArray("anyOf").add(object.objectNode().put("type", "null")).add(schema);
        return either;
    }

    /** The Appaloft document as shipped, for {@code GET /api/openapi.json}. */
    public byte[] appaloftDocument() {
        return appaloftDocument.clone();
    }

    public Optional<OperationSpec> operation(String operationId) {
        return Optional.ofNullable(operations.get(operationId));
    }

    private void index(JsonNode document) {
        JsonNode components = document.get("components");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            JsonNode pathItem = paths.next().getValue();
            for (String method : METHODS) {
                JsonNode op = pathItem.get(method);
                if (op != null) {
                    OperationSpec spec = operationSpec(op, components);
                    operations.put(spec.operationId(), spec);
                }
            }
        }
    }

    private static OperationSpec operationSpec(JsonNode op, JsonNode components) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new ParameterSpec(p.get("name").asText(),
                    ParameterSpec.Location.valueOf(p.get("in").asText().toUpperCase(java.util.Locale.ROOT)),
                    p.path("required").asBoolean(false), resolvable(p.get("schema"), components),
                    p.path("style").asText(null)));
        }
        JsonNode body = op.path("requestBody").path("content").path("application/json").get("schema");
        boolean bodyRequired = op.path("requestBody").path("required").asBoolean(false);
        JsonNode response = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("2")) {
                response = r.getValue().path("content").path("application/json").get("schema");
                break;
            }
        }
        return new OperationSpec(op.get("operationId").asText(), List.copyOf(parameters),
                resolvable(body, components), bodyRequired, resolvable(response, components));
    }

    private static JsonNode resolvable(JsonNode schema, JsonNode components) {
        if (schema == null || components == null || !schema.toString().contains("$ref")) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        copy.set("components", components);
        return copy;
    }
}
