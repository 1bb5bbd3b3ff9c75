package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What {@code runtimeMonitoring.rollup} answers. */
public record MonitoringRollup(String schemaVersion, MonitoringScope scope, String from, String to, String bucket,
                               String generatedAt, String freshness, boolean partial, RetentionInfo retention,
                               List<Series> series, UsageTotals totals, List<Contributor> topContributors,
                               List<DeploymentMarker> deploymentMarkers, List<MonitoringIssue> warnings,
                               List<SourceError> sourceErrors) {

    public static final String SCHEMA_VERSION = "runtime-monitoring.rollup/v1";

    public record Series(String signal, List<Point> points) {
    }

    /** One bucket: the average of the readings in it. */
    public record Point(String from, String to, long sampleCount, UsageTotals totals) {
    }

    public record Contributor(MonitoringScope scope, UsageTotals totals, long sampleCount) {
    }

    /** A deployment that started in the window; a marker in time only, never a cause. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeploymentMarker(String deploymentId, String resourceId, String environmentId, String observedAt,
                                   String status, String label, String correlation) {
    }
}
