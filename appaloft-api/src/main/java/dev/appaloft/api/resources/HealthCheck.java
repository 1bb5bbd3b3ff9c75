package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a deployment proves it is healthy. As input every field is optional (defaults: enabled,
 * http, every 5 s, 5 s timeout, 10 retries, 5 s start period, GET http://localhost/ expecting
 * 200); reads show the resolved values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthCheck(
        Boolean enabled,
        Type type,
        Long intervalSeconds,
        Long timeoutSeconds,
        Long retries,
        Long startPeriodSeconds,
        Http http) {

    public enum Type {
        @JsonProperty("http") HTTP,
        @JsonProperty("command") COMMAND
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Http(
            Method method,
            Scheme scheme,
            String host,
            Integer port,
            String path,
            Integer expectedStatusCode,
            String expectedResponseText) {
    }

    public enum Method {
        @JsonProperty("GET") GET,
        @JsonProperty("HEAD") HEAD,
        @JsonProperty("POST") POST,
        @JsonProperty("OPTIONS") OPTIONS
    }

    public enum Scheme {
        @JsonProperty("http") HTTP,
        @JsonProperty("https") HTTPS
    }

    /** An HTTP check of {@code path} with every other value at its default. */
    public static HealthCheck httpPath(String path) {
        return new HealthCheck(null, null, null, null, null, null,
                new Http(null, null, null, null, path, null, null));
    }
}
