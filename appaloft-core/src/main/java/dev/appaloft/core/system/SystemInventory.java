package dev.appaloft.core.system;

import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.system.AppaloftPlugin;
import dev.appaloft.core.monitoring.MonitoringSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an engine was built with, as {@code providers.list}, {@code plugins.list} and
 * {@code system.doctor} report it: read once from the builder, never from a guess.
 */
public record SystemInventory(Store store, Map<String, DeploymentRuntime> runtimes, RemoteRuntimes remote,
                              Map<String, EdgeProxy> proxies, String accessBaseDomain,
                              List<AppaloftPlugin> plugins, Workers workers, boolean ephemeralSecretKey) {

    /** The provider keys of servers reached over the network (none without remote runtimes). */
    public Set<String> remoteProviderKeys() {
        return remote == null ? Set.of() : remote.providerKeys();
    }

    /** The background runners this engine starts (or would, if switched on). */
    public record Workers(boolean dailyHousekeeping, boolean scheduledRuntimePrune, MonitoringSettings monitoring,
                          boolean anyRuntime, java.time.Duration scheduledTaskTick, boolean certificateAuthority,
                          java.time.Duration certificateSweep, java.time.Duration certificateRetryDelay) {
    }
}
