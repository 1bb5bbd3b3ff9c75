package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ResourceKind {
    @JsonProperty("application") APPLICATION,
    @JsonProperty("service") SERVICE,
    @JsonProperty("database") DATABASE,
    @JsonProperty("cache") CACHE,
    @JsonProperty("compose-stack") COMPOSE_STACK,
    @JsonProperty("worker") WORKER,
    @JsonProperty("static-site") STATIC_SITE,
    @JsonProperty("external") EXTERNAL
}
