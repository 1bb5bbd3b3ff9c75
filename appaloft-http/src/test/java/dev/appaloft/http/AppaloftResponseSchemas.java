package dev.appaloft.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The response schemas of the Appaloft spec, checked as the JSON Schema 2020-12 they are (OpenAPI
 * 3.1): types, {@code const}, {@code additionalProperties: false}, formats. The OpenAPI 3.0
 * validator we use for the Alien spec reads only part of a 3.1 schema (it let a number pass as a
 * string and an unknown field through).
 */
final class AppaloftResponseSchemas {

    private static final String BASE = "/api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Template(String path, Pattern pattern, int parameters) {
    }

    private final JsonNode paths;
    private final List<Template> templates = new ArrayList<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    AppaloftResponseSchemas(String spec) {
        try {
            this.paths = JSON.readTree(spec).get("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.fieldNames().forEachRemaining(path -> templates.add(new Template(path,
                Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                (int) path.chars().filter(c -> c == '{').count())));
        // a literal segment wins over a parameter: /deployments/prune before /deployments/{id}
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /**
     * Operations whose success the spec documents without a body at all, although a caller needs
     * what they found: the instance upgrade's check and apply answer their typed records.
     */
    private static final java.util.Set<String> UNDOCUMENTED_BODIES = java.util.Set.of("/instance-upgrade/check",
            "/instance-upgrade/apply");

    /** The problems of a response to {@code method path} (a path under {@code /api}); empty when it follows the spec. */
    String problems(String method, String path, int status, String body) {
        if (!path.startsWith(BASE + "/")) {
            return "not a path of the Appaloft API: " + path;
        }
        String relative = path.substring(BASE.length());
        String lower = method.toLowerCase(Locale.ROOT);
        Template template = templates.stream().filter(t -> t.pattern().matcher(relative).matches())
                .filter(t -> paths.get(t.path()).has(lower)).findFirst().orElse(null);
        if (template == null) {
            return "the spec has no operation " + method + " " + path;
        }
        JsonNode response = paths.get(template.path()).get(lower).path("responses").get(Integer.toString(status));
        if (response == null) {
            return "the spec has no response " + status + " for " + method + " " + template.path();
        }
        JsonNode schema = response.path("content").path("application/json").get("schema");
        if (schema == null) {
            if (UNDOCUMENTED_BODIES.contains(template.path())) {
                return ""; // the spec leaves this body undescribed (it shows "Empty"); ours is in docs/operations.md
            }
            return body == null || body.isEmpty() ? "" : "the spec gives " + status + " of " + template.path() + " no JSON body";
        }
        if (body == null || body.isEmpty()) {
            return "the spec gives " + status + " of " + template.path() + " a JSON body; none was sent";
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
        JsonSchema compiledSchema = compiled.computeIfAbsent(lower + " " + template.path() + " " + status,
                key -> factory.getSchema(schema, config));
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : compiledSchema.validate(value)) {
            messages.add(message.getMessage());
        }
        return messages.isEmpty() ? "" : messages.toString();
    }
}
