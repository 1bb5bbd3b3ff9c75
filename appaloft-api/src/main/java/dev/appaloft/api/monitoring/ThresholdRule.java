package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One threshold: a metric of a signal is {@code warning} or {@code critical} once it is at least
 * that boundary (the only comparator). Non-enforcing: crossing it only records and reports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThresholdRule(String ruleId, String signal, String metric, Double warning, Double critical,
                            String comparator) {

    public static final String GREATER_THAN_OR_EQUAL = "greater-than-or-equal";

    public static ThresholdRule of(String signal, String metric, Double warning, Double critical) {
        return new ThresholdRule(null, signal, metric, warning, critical, null);
    }
}
