package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A warning of a monitoring read ({@code missing-samples}, {@code stale-samples},
 * {@code outside-retention}, ...), about one signal and scope when set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringIssue(String code, String message, String signal, MonitoringScope scope) {

    public static MonitoringIssue of(String code, String message) {
        return new MonitoringIssue(code, message, null, null);
    }
}
