package dev.appaloft.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** {@code system.doctor}: what an operator checks first when something is off. */
public record DoctorReport(Readiness readiness, List<Provider> providers, List<Plugin> plugins,
                           List<MaintenanceWorker> maintenanceWorkers) {

    /** The store: reachable, migrated; status {@code ready|degraded}; details say which store and why not. */
    public record Readiness(String status, Checks checks, Map<String, String> details) {
    }

    public record Checks(boolean database, boolean migrations) {
    }

    /**
     * A background runner of this instance: whether it starts with the service, its interval and
     * batch, the configuration that switches it and the operations it runs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MaintenanceWorker(String key, String label, boolean enabled, String activation, String safetyMode,
                                    long intervalSeconds, Long batchSize, Long defaultRetryDelaySeconds,
                                    Long rawRetentionHours, List<String> configurationKeys,
                                    List<String> operationKeys) {
    }
}
