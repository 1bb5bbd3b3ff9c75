package dev.appaloft.api.monitoring;

import java.util.List;

/**
 * {@code runtimeMonitoring.samples}: retained samples of a scope in a window (default the last
 * hour), newest {@code limit} (1..720, default 300) of them, oldest first.
 */
public record ListSamplesInput(MonitoringScope scope, MonitoringWindow window, List<String> signals, Integer limit) {

    public static ListSamplesInput of(MonitoringScope scope) {
        return new ListSamplesInput(scope, null, null, null);
    }
}
