package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How a resource is built and run. As input every field is optional; {@code strategy} defaults to auto. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeProfile(
        Strategy strategy,
        String installCommand,
        String buildCommand,
        String startCommand,
        String runtimeName,
        String publishDirectory,
        String dockerfilePath,
        String dockerComposeFilePath,
        String buildTarget,
        String healthCheckPath,
        HealthCheck healthCheck) {

    public enum Strategy {
        @JsonProperty("auto") AUTO,
        @JsonProperty("dockerfile") DOCKERFILE,
        @JsonProperty("docker-compose") DOCKER_COMPOSE,
        @JsonProperty("prebuilt-image") PREBUILT_IMAGE,
        @JsonProperty("workspace-commands") WORKSPACE_COMMANDS,
        @JsonProperty("static") STATIC
    }

    public static RuntimeProfile strategy(Strategy strategy) {
        return new RuntimeProfile(strategy, null, null, null, null, null, null, null, null, null, null);
    }
}
