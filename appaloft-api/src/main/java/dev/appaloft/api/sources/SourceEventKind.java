package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A push to a branch, or a tag. */
public enum SourceEventKind {
    @JsonProperty("push") PUSH,
    @JsonProperty("tag") TAG
}
