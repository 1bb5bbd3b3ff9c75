package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code resources.healthHistory}: recorded observations, oldest first, each with its full summary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceHealthHistory(String schemaVersion, String resourceId, String from, String to, String generatedAt,
                                    List<Observation> observations, List<ResourceHealth.SourceError> sourceErrors) {

    public static final String SCHEMA_VERSION = "resources.health-history/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Observation(String observationId, String observedAt, ResourceHealth.Overall overall,
                              ResourceHealth.Lifecycle runtimeLifecycle, ResourceHealth.RuntimeHealth runtimeHealth,
                              String publicAccessStatus, String proxyStatus, String healthPolicyStatus,
                              String latestDeploymentId, ResourceHealth summary) {
    }
}
