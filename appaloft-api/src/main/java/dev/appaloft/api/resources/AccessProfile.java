package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the resource gets a generated access route, and under which path prefix. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessProfile(GeneratedAccessMode generatedAccessMode, String pathPrefix) {

    public enum GeneratedAccessMode {
        @JsonProperty("inherit") INHERIT,
        @JsonProperty("disabled") DISABLED
    }
}
