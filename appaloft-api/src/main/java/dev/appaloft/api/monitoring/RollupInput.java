package dev.appaloft.api.monitoring;

import java.util.List;

/**
 * {@code runtimeMonitoring.rollup}: a scope's samples averaged per {@code bucket} ({@code minute},
 * {@code five-minute}, {@code hour}) over a window (default the last hour).
 */
public record RollupInput(MonitoringScope scope, MonitoringWindow window, String bucket, List<String> signals,
                          Boolean includeDeploymentMarkers, Boolean includeTopContributors) {

    public static RollupInput of(MonitoringScope scope, String bucket) {
        return new RollupInput(scope, null, bucket, null, null, null);
    }
}
