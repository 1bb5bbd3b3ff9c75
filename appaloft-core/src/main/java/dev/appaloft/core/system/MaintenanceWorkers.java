package dev.appaloft.core.system;

import dev.appaloft.api.system.DoctorReport.MaintenanceWorker;
import dev.appaloft.core.monitoring.MonitoringSettings;
import java.util.List;

/** The background runners of an engine, as the doctor reports them: only those this build has. */
final class MaintenanceWorkers {

    private static final String STARTS = "starts-with-backend-service";
    private static final String DISABLED = "disabled-by-config";

    private MaintenanceWorkers() {
    }

    static List<MaintenanceWorker> of(SystemInventory.Workers w) {
        MonitoringSettings monitoring = w.monitoring();
        boolean sampling = monitoring.enabled() && w.anyRuntime();
        long every = monitoring.enabled() ? Math.max(1, monitoring.interval().toSeconds())
                : MonitoringSettings.DEFAULT_INTERVAL.toSeconds();
        return List.of(
                new MaintenanceWorker("scheduled-runtime-prune-runner", "Scheduled runtime prune",
                        w.scheduledRuntimePrune(), w.scheduledRuntimePrune() ? STARTS : DISABLED, "policy-gated-prune",
                        600, null, null, null,
                        List.of("AppaloftEngineBuilder.scheduledRuntimePrune", "serve --scheduled-runtime-prune"),
                        List.of("servers.capacity.policy.configure", "servers.capacity.prune")),
                new MaintenanceWorker("scheduled-history-retention-runner", "Scheduled history retention",
                        w.dailyHousekeeping(), w.dailyHousekeeping() ? STARTS : DISABLED, "policy-gated-retention",
                        86_400, null, null, null, List.of("AppaloftEngineBuilder.dailyHousekeeping"),
                        List.of("retentionDefaults.configure", "domainEvents.prune", "providerJobLogs.prune")),
                new MaintenanceWorker("scheduled-task-runner", "Scheduled task runner", !w.scheduledTaskTick().isZero(),
                        w.scheduledTaskTick().isZero() ? DISABLED : STARTS, "runtime-execution",
                        w.scheduledTaskTick().isZero() ? 5 : Math.max(1, w.scheduledTaskTick().toSeconds()), null, null,
                        null, List.of("AppaloftEngineBuilder.scheduledTaskTick"),
                        List.of("scheduledTasks.create", "scheduledTasks.configure", "scheduledTasks.runNow")),
                new MaintenanceWorker("certificate-retry-scheduler", "Certificate renewal and retry scheduler",
                        w.certificateAuthority(), w.certificateAuthority() ? STARTS : DISABLED, "certificate-retry",
                        Math.max(1, w.certificateSweep().toSeconds()), null, w.certificateRetryDelay() == null ? 300L
                        : Math.max(1, w.certificateRetryDelay().toSeconds()), null,
                        List.of("serve --acme-directory", "AppaloftEngineBuilder.acme"),
                        List.of("certificates.issueOrRenew", "certificates.retry")),
                new MaintenanceWorker("runtime-monitoring-collector-runner", "Runtime monitoring collector", sampling,
                        sampling ? STARTS : DISABLED, "read-only-collection", every, null, null,
                        Math.max(1, monitoring.rawRetention().toHours()),
                        List.of("AppaloftEngineBuilder.runtimeMonitoring", "serve --monitoring-interval-seconds"),
                        List.of("runtimeMonitoring.samples", "runtimeMonitoring.rollup", "runtimeUsage.inspect")));
    }
}
