package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service of a resource; only a compose stack has more than one. */
public record ResourceService(String name, Kind kind) {

    public enum Kind {
        @JsonProperty("web") WEB,
        @JsonProperty("api") API,
        @JsonProperty("worker") WORKER,
        @JsonProperty("database") DATABASE,
        @JsonProperty("cache") CACHE,
        @JsonProperty("service") SERVICE
    }
}
