package dev.appaloft.http.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** A path or query parameter as the spec declares it. */
public record ParameterSpec(String name, Location in, boolean required, JsonNode schema) {

    public enum Location { PATH, QUERY, HEADER, COOKIE }

    /** The JSON type the parameter's schema declares ({@code string} when it says none). */
    public String type() {
        JsonNode type = schema == null ? null : schema.get("type");
        return type != null && type.isTextual() ? type.asText() : "string";
    }
}
