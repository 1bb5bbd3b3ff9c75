package dev.appaloft.core.system;

import dev.appaloft.api.system.AppaloftPlugin;
import dev.appaloft.api.system.CapabilityDetail;
import dev.appaloft.api.system.ConfigurationDiagnostic;
import dev.appaloft.api.system.ExtensionConfiguration;
import dev.appaloft.api.system.Plugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extensions of an engine: the built-in parts it was assembled from (store, runtimes, edge
 * proxies: {@code system-extension}) and the plugins the host application installed ({@code user-extension}).
 */
final class PluginCatalog {

    private PluginCatalog() {
    }

    static List<Plugin> of(SystemInventory inventory) {
        Map<String, Plugin> out = new LinkedHashMap<>();
        put(out, builtIn("store-" + inventory.store().kind(), "Store: " + inventory.store().kind(),
                inventory.store().getClass(), List.of(ProviderCatalog.detail("persistence",
                        "Projects, deployments and every record of this instance", true))));
        inventory.runtimes().values().forEach(r -> put(out, builtIn(name(r.getClass()), "Deployment runtime",
                r.getClass(), List.of(ProviderCatalog.detail("deploy", "Runs deployments on this host", true)))));
        if (inventory.remote() != null) {
            put(out, builtIn(name(inventory.remote().getClass()), "Remote runtimes", inventory.remote().getClass(),
                    List.of(ProviderCatalog.detail("deploy", "Runs deployments on servers over the network", true))));
        }
        inventory.proxies().values().forEach(p -> put(out, builtIn(name(p.getClass()), "Edge proxy " + p.kind(),
                p.getClass(), List.of(ProviderCatalog.detail("routes", "Routes public URLs to resources", true)))));
        for (AppaloftPlugin plugin : inventory.plugins()) {
            put(out, user(plugin));
        }
        return new ArrayList<>(out.values());
    }

    private static void put(Map<String, Plugin> out, Plugin plugin) {
        out.putIfAbsent(plugin.name(), plugin);
    }

    private static Plugin builtIn(String name, String displayName, Class<?> type, List<CapabilityDetail> details) {
        return new Plugin(name, displayName, type.getName(), version(type), "system-extension",
                ProviderCatalog.enabledKeys(details), details, true, ExtensionConfiguration.configured());
    }

    private static Plugin user(AppaloftPlugin plugin) {
        boolean compatible = plugin.apiVersion() == AppaloftPlugin.API_VERSION;
        ExtensionConfiguration configuration = compatible ? plugin.configuration()
                : ExtensionConfiguration.of("not-configured", ConfigurationDiagnostic.of("plugin-api-incompatible",
                "error", "written for plugin API " + plugin.apiVersion() + "; this build speaks "
                        + AppaloftPlugin.API_VERSION));
        List<CapabilityDetail> details = plugin.capabilities();
        return new Plugin(plugin.name(), plugin.displayName(), plugin.description(), plugin.version(), "user-extension",
                ProviderCatalog.enabledKeys(details), details, compatible, configuration);
    }

    /** {@code DockerDeploymentRuntime} is {@code docker-deployment-runtime}. */
    static String name(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String version(Class<?> type) {
        String v = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
