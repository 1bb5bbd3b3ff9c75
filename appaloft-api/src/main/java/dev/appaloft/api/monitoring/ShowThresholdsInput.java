package dev.appaloft.api.monitoring;

/** {@code runtimeMonitoring.thresholdShow}: a scope's policy (or the one of {@code policyId}) and its evaluation. */
public record ShowThresholdsInput(MonitoringScope scope, String policyId, MonitoringWindow window) {

    public static ShowThresholdsInput of(MonitoringScope scope) {
        return new ShowThresholdsInput(scope, null, null);
    }
}
