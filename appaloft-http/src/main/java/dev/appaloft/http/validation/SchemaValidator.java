package dev.appaloft.http.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.appaloft.api.error.Issue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates JSON values against the spec's schemas and reports every problem as an {@link Issue}
 * with the field path at fault. Compiled schemas are cached per schema node.
 */
public final class SchemaValidator {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private final Map<JsonNode, JsonSchema> compiled = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Problems of {@code value} against {@code schema}; paths start with {@code basePath}. */
    public List<Issue> validate(JsonNode schema, JsonNode value, List<Object> basePath) {
        JsonSchema compiledSchema = compiled.computeIfAbsent(schema, s -> factory.getSchema(s, config));
        Set<ValidationMessage> messages = compiledSchema.validate(value);
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (ValidationMessage message : messages) {
            issues.add(IssueMapper.toIssue(message, basePath));
        }
        return IssueMapper.mergeUnrecognizedKeys(issues);
    }
}
