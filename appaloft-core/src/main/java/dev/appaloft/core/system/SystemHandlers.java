package dev.appaloft.core.system;

import static dev.appaloft.api.catalog.GovernanceOperations.PLUGINS_LIST;
import static dev.appaloft.api.catalog.GovernanceOperations.PROVIDERS_LIST;
import static dev.appaloft.api.catalog.GovernanceOperations.SYSTEM_DOCTOR;

import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.api.system.DoctorReport;
import dev.appaloft.api.system.PluginList;
import dev.appaloft.api.system.ProviderList;
import dev.appaloft.core.internal.HandlerRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code providers.list}, {@code plugins.list}, {@code system.doctor}: reads of the engine itself, not of the store's records. */
public final class SystemHandlers {

    private SystemHandlers() {
    }

    public static void register(HandlerRegistry handlers, SystemInventory inventory) {
        handlers.register(PROVIDERS_LIST, (in, actor) -> new ProviderList(ProviderCatalog.of(inventory)))
                .register(PLUGINS_LIST, (in, actor) -> new PluginList(PluginCatalog.of(inventory)))
                .register(SYSTEM_DOCTOR, (in, actor) -> new DoctorReport(readiness(inventory),
                        ProviderCatalog.of(inventory, true), PluginCatalog.of(inventory),
                        MaintenanceWorkers.of(inventory.workers())));
    }

    /** As {@code /api/readiness} answers it, degraded instead of not-ready (the doctor itself answered). */
    static DoctorReport.Readiness readiness(SystemInventory inventory) {
        StoreHealth health = inventory.store().health();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("store", inventory.store().kind());
        if (!health.ready() && health.detail() != null) {
            details.put("reason", health.detail());
        }
        details.put("secretKey", inventory.ephemeralSecretKey() ? "ephemeral: secret values stored now cannot be read "
                + "after a restart; configure a persistent key" : "persistent");
        return new DoctorReport.Readiness(health.ready() ? "ready" : "degraded",
                new DoctorReport.Checks(health.reachable(), health.migrated()), details);
    }
}
