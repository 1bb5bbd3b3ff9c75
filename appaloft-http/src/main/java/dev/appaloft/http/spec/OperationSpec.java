package dev.appaloft.http.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the spec says of one operation: its parameters, its JSON request body schema (null when
 * it takes no body) and its success response schema (null when it answers no body).
 */
public record OperationSpec(
        String operationId,
        List<ParameterSpec> parameters,
        JsonNode requestBodySchema,
        boolean requestBodyRequired,
        JsonNode responseSchema) {

    public List<ParameterSpec> query() {
        return parameters.stream().filter(p -> p.in() == ParameterSpec.Location.QUERY).toList();
    }

    public List<ParameterSpec> path() {
        return parameters.stream().filter(p -> p.in() == ParameterSpec.Location.PATH).toList();
    }
}
