package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code resources.health}: how the resource's running app is doing now, which is not the same
 * as how its last deployment ended. {@code overall} is what a user sees; the sections say why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceHealth(
        String schemaVersion,
        String resourceId,
        String generatedAt,
        String observedAt,
        Overall overall,
        LatestDeployment latestDeployment,
        Runtime runtime,
        RuntimeControlAttempt latestRuntimeControl,
        HealthPolicy healthPolicy,
        PublicAccess publicAccess,
        Proxy proxy,
        List<Check> checks,
        List<SourceError> sourceErrors) {

    public static final String SCHEMA_VERSION = "resources.health/v1";

    public enum Overall {
        HEALTHY, DEGRADED, UNHEALTHY, STARTING, STOPPED, NOT_DEPLOYED, UNKNOWN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Lifecycle {
        NOT_DEPLOYED, STARTING, RUNNING, RESTARTING, DEGRADED, STOPPED, EXITED, UNKNOWN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum RuntimeHealth {
        HEALTHY, UNHEALTHY, UNKNOWN, NOT_CONFIGURED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The resource's newest deployment, whatever its status, as context. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LatestDeployment(String id, DeploymentStatus status, String createdAt, String startedAt,
                                   String finishedAt, String serverId, String destinationId, LastError lastError) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastError(String timestamp, DeploymentPhase phase, String message) {
    }

    /** @param runtimeKind {@code docker-container} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Runtime(Lifecycle lifecycle, RuntimeHealth health, String observedAt, String runtimeKind,
                          String reasonCode, String message) {
    }

    /** @param status {@code configured}, {@code not-configured} (the deployment default applies) or {@code unsupported} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HealthPolicy(String status, boolean enabled, String type, String path, Long port,
                               Long expectedStatusCode, Long intervalSeconds, Long timeoutSeconds, Long retries,
                               Long startPeriodSeconds, String reasonCode) {
    }

    /** @param status {@code ready}, {@code not-ready}, {@code failed}, {@code unknown} or {@code not-configured} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicAccess(String status, String url, String kind, String reasonCode, String phase) {
    }

    /** @param status {@code ready}, {@code not-ready}, {@code failed}, {@code unknown} or {@code not-configured} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proxy(String status, String providerKey, String lastRouteRealizationDeploymentId, String reasonCode) {
    }

    /**
     * One check of the observation.
     *
     * @param target {@code container}, {@code runtime} (the health policy's probe), {@code proxy-route} or {@code public-access}
     * @param status {@code passed}, {@code failed}, {@code skipped} or {@code unknown}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String name, String target, String status, String observedAt, Long durationMs,
                        Integer statusCode, Integer exitCode, String message, String reasonCode, String phase,
                        Boolean retriable, Map<String, String> metadata) {
    }

    /** A part of the observation that could not be made; the rest of the answer still stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceError(String source, String code, String category, String phase, boolean retriable,
                              String relatedEntityId, String relatedState, String message) {
    }
}
