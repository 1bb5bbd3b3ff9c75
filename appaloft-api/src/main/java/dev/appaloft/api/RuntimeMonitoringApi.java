package dev.appaloft.api;

import static dev.appaloft.api.catalog.GovernanceOperations.*;

import dev.appaloft.api.monitoring.*;

/** {@code runtimeMonitoring.*} and {@code runtimeUsage.inspect}: sampled usage of servers and resources, thresholds. */
public final class RuntimeMonitoringApi {

    private final OperationExecutor executor;

    public RuntimeMonitoringApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public MonitoringSamples samples(ListSamplesInput input) {
        return executor.execute(RUNTIME_MONITORING_SAMPLES, input);
    }

    public MonitoringRollup rollup(RollupInput input) {
        return executor.execute(RUNTIME_MONITORING_ROLLUP, input);
    }

    public ThresholdsConfigured configureThresholds(ConfigureThresholdsInput input) {
        return executor.execute(RUNTIME_MONITORING_THRESHOLD_CONFIGURE, input);
    }

    public ThresholdsShown showThresholds(ShowThresholdsInput input) {
        return executor.execute(RUNTIME_MONITORING_THRESHOLD_SHOW, input);
    }

    public RuntimeUsageReport inspectUsage(InspectUsageInput input) {
        return executor.execute(RUNTIME_USAGE_INSPECT, input);
    }
}
