package dev.appaloft.http.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** A path or query parameter as the spec declares it. */
public record ParameterSpec(String name, Location in, boolean required, JsonNode schema, String style) {

    public enum Location { PATH, QUERY, HEADER, COOKIE }

    public ParameterSpec(String name, Location in, boolean required, JsonNode schema) {
        this(name, in, required, schema, null);
    }

    /**
     * An object parameter written {@code name[key]=value} (OpenAPI {@code style: deepObject}); an
     * array the spec marks so is bound as any array ({@code name=a,b} or {@code name[]=a}).
     */
    public boolean deepObject() {
        return "deepObject".equals(style) && !type().equals("array");
    }

    /** The JSON type the parameter's schema declares ({@code string} when it says none). */
    public String type() {
        JsonNode type = schema == null ? null : schema.get("type");
        return type != null && type.isTextual() ? type.asText() : "string";
    }
}
