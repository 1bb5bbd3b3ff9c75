package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What {@code runtimeMonitoring.samples} answers. */
public record MonitoringSamples(String schemaVersion, MonitoringScope scope, String from, String to, String generatedAt,
                                String freshness, boolean partial, RetentionInfo retention, List<Sample> samples,
                                List<MonitoringIssue> warnings, List<SourceError> sourceErrors) {

    public static final String SCHEMA_VERSION = "runtime-monitoring.samples.list/v1";

    public record Sample(String sampleId, String observedAt, String collectedAt, Evidence scopeEvidence,
                         UsageTotals totals, String freshness, boolean partial, Labels labels,
                         List<MonitoringIssue> warnings, List<SourceError> sourceErrors) {
    }

    /** Which server, project, environment, resource and deployment a sample was taken of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(MonitoringScope scope, String serverId, String projectId, String environmentId,
                           String resourceId, String deploymentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Labels(String providerKey, String artifactKind, String runtimeId) {
    }
}
