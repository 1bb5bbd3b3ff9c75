package dev.appaloft.api.monitoring;

import java.util.List;

/**
 * {@code runtimeMonitoring.thresholdConfigure}: sets the rules of a scope's policy (one policy per
 * scope: configuring the scope again replaces its rules). {@code enabled} defaults to true.
 */
public record ConfigureThresholdsInput(String policyId, MonitoringScope scope, List<ThresholdRule> rules,
                                       Boolean enabled, String idempotencyKey) {

    public static ConfigureThresholdsInput of(MonitoringScope scope, List<ThresholdRule> rules) {
        return new ConfigureThresholdsInput(null, scope, rules, null, null);
    }
}
