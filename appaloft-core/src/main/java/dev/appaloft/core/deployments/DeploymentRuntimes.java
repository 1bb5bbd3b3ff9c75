package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The runtimes the engine can deploy to, by server provider key ({@code local-shell}, ...). */
public final class DeploymentRuntimes {

    private final Map<String, DeploymentRuntime> byProvider;
    private final Map<String, EdgeProxy> proxies;
    private final String accessBaseDomain;

    public DeploymentRuntimes(Map<String, DeploymentRuntime> byProvider, Map<String, EdgeProxy> proxies,
                              String accessBaseDomain) {
        this.byProvider = Map.copyOf(byProvider);
        this.proxies = Map.copyOf(proxies);
        this.accessBaseDomain = accessBaseDomain;
    }

    /** The edge proxy of servers of {@code providerKey}, if one runs. */
    public Optional<EdgeProxy> proxy(String providerKey) {
        return Optional.ofNullable(proxies.get(providerKey));
    }

    /** The provider keys whose servers have an edge proxy. */
    public Set<String> proxiedProviders() {
        return proxies.keySet();
    }

    /** The id of a resource's route on its server's edge proxy: one route per resource, moved by each deployment. */
    public static String routeId(String resourceId) {
        return "resource-" + resourceId;
    }

    /** The generated host of a resource: {@code <resource>-<environment>.<base domain>}. */
    public String generatedHost(String resourceSlug, String environmentSlug) {
        return resourceSlug + "-" + environmentSlug + "." + accessBaseDomain;
    }

    /** The runtime of servers of {@code providerKey}; {@code provider_not_configured} when there is none. */
    public DeploymentRuntime require(String providerKey) {
        DeploymentRuntime runtime = byProvider.get(providerKey);
        if (runtime == null) {
            throw new AppaloftException(ErrorCode.PROVIDER_NOT_CONFIGURED, "no runtime is configured for servers of provider "
                    + providerKey + (byProvider.isEmpty() ? " (this engine has no runtime at all)" : ""));
        }
        return runtime;
    }

    boolean isEmpty() {
        return byProvider.isEmpty();
    }
}
