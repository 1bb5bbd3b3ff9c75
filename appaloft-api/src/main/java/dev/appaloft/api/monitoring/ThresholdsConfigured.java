package dev.appaloft.api.monitoring;

/** What {@code runtimeMonitoring.thresholdConfigure} answers: the policy as stored. */
public record ThresholdsConfigured(ThresholdPolicy policy) {
}
