package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who sent a source event. */
public enum SourceKind {
    @JsonProperty("github") GITHUB,
    @JsonProperty("gitlab") GITLAB,
    @JsonProperty("generic-signed") GENERIC_SIGNED
}
