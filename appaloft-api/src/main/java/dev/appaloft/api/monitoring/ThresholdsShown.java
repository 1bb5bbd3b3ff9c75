package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A scope's threshold policy (null when none) and how its latest sample compares: {@code ok},
 * {@code warning}, {@code critical}, {@code stale} (the latest sample is too old) or
 * {@code unknown} (no policy, disabled, or no sample).
 */
public record ThresholdsShown(String schemaVersion, MonitoringScope scope, String generatedAt,
                              @JsonInclude(JsonInclude.Include.ALWAYS) ThresholdPolicy policy, Evaluation evaluation) {

    public static final String SCHEMA_VERSION = "runtime-monitoring-thresholds.show/v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evaluation(String state, String evaluatedAt, String sourceSampleId, List<Crossed> crossed,
                             List<String> nextActions, List<SourceError> sourceErrors) {
    }

    public record Crossed(String ruleId, String signal, String metric, String severity, double observedValue,
                          double boundary) {
    }
}
