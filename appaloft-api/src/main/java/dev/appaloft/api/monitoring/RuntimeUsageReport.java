package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What {@code runtimeUsage.inspect} answers: the scope's totals and who they are attributed to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeUsageReport(String schemaVersion, MonitoringScope scope, String generatedAt, String observedAt,
                                 String freshness, boolean partial, UsageTotals totals, List<Entry> byProject,
                                 List<Entry> byEnvironment, List<Entry> byResource, List<Entry> byDeployment,
                                 List<Artifact> artifacts, List<Warning> warnings, List<SourceError> sourceErrors) {

    public static final String SCHEMA_VERSION = "runtime-usage.inspect/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(MonitoringScope scope, String ownership, UsageTotals totals, String currentDeploymentId,
                        String currentRuntimeId, Integer artifactCount, List<Warning> warnings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Artifact(String kind, String ownership, String serverId, String projectId, String environmentId,
                           String resourceId, String deploymentId, String runtimeId, String observedAt,
                           List<Evidence> evidence, String reclaimable, String reclaimBlockedReason,
                           List<Warning> warnings) {
    }

    public record Evidence(String source, String key) {
    }

    /** {@code partial-diagnostic}, {@code unsupported-provider}, {@code docker-unavailable}, ... */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(String code, String message, MonitoringScope scope, String resource) {
    }
}
