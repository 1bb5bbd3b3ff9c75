package dev.appaloft.core.monitoring;

import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/** Registers {@code runtimeMonitoring.*} and {@code runtimeUsage.inspect}; returns the sampler the engine schedules. */
public final class RuntimeMonitoring {

    private RuntimeMonitoring() {
    }

    public static MonitoringSampler register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                             MonitoringSettings settings) {
        new SampleHandlers(ctx, settings).register(registry);
        new ThresholdHandlers(ctx, settings.staleAfter()).register(registry);
        new UsageHandler(ctx, runtimes).register(registry);
        return new MonitoringSampler(ctx, runtimes, settings);
    }
}
