package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import dev.appaloft.api.runtime.remote.RemoteRuntimes;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.api.runtime.remote.ServerAccess;

/**
 * The runtimes the engine can deploy to: one per provider key for servers on this host
 * ({@code local-shell}, ...), and one per server for the provider keys of the remote runtimes
 * ({@code generic-ssh}), built from the server's access at the moment of use.
 */
public final class DeploymentRuntimes {

    private final Map<String, DeploymentRuntime> byProvider;
    private final Map<String, EdgeProxy> proxies;
    private final String accessBaseDomain;
    private final RemoteRuntimes remote;
    private final Function<String, ServerAccess> access;
    private final Function<String, Optional<EdgeProxySettings>> proxySettings;

    public DeploymentRuntimes(Map<String, DeploymentRuntime> byProvider, Map<String, EdgeProxy> proxies,
                              String accessBaseDomain) {
        this(byProvider, proxies, accessBaseDomain, null, id -> {
            throw new IllegalStateException("no remote runtimes");
        }, id -> Optional.empty());
    }

    /**
     * @param remote the runtimes of servers reached over the network, or null
     * @param access a server's full access (its login opened from the secret box), read when a remote call is made
     * @param proxySettings a server's edge proxy as recorded (no secrets: read on every route lookup); empty when
     *                      the server is gone or runs none
     */
    public DeploymentRuntimes(Map<String, DeploymentRuntime> byProvider, Map<String, EdgeProxy> proxies,
                              String accessBaseDomain, RemoteRuntimes remote, Function<String, ServerAccess> access,
                              Function<String, Optional<EdgeProxySettings>> proxySettings) {
        this.byProvider = Map.copyOf(byProvider);
        this.proxies = Map.copyOf(proxies);
        this.accessBaseDomain = accessBaseDomain;
        this.remote = remote;
        this.access = access;
        this.proxySettings = proxySettings;
    }

    /** The remote runtimes, when the engine has them. */
    public Optional<RemoteRuntimes> remote() {
        return Optional.ofNullable(remote);
    }

    private boolean isRemote(String providerKey) {
        return remote != null && remote.providerKeys().contains(providerKey);
    }

    /** The runtime of one server of {@code providerKey}: shared by provider here, its own when remote. */
    public DeploymentRuntime require(String providerKey, String serverId) {
        if (isRemote(providerKey)) {
            return remote.runtime(serverId, () -> access.apply(serverId));
        }
        return require(providerKey);
    }

    /**
     * The capacity reading and removals of one server, when its provider has a runtime here and
     * that runtime offers them; empty otherwise (never {@code provider_not_configured}).
     */
    public Optional<dev.appaloft.api.runtime.capacity.ServerCapacity> capacity(String providerKey, String serverId) {
        if (!isRemote(providerKey) && !byProvider.containsKey(providerKey)) {
            return Optional.empty();
        }
        return require(providerKey, serverId).capacity();
    }

    /** Refuses ({@code provider_not_configured}) a provider key this engine cannot deploy to. */
    public void requireConfigured(String providerKey) {
        if (!isRemote(providerKey)) {
            require(providerKey);
        }
    }

    /**
     * The edge proxy of one server: its provider's when local (the host application's, whatever
     * the server records), its own Caddy when remote, once bootstrapped ({@code ready}: a proxy
     * never started, or whose last start failed, routes nothing and deployments there get no route).
     */
    public Optional<EdgeProxy> proxy(String providerKey, String serverId) {
        if (!isRemote(providerKey)) {
            return localProxy(providerKey);
        }
        // a deleted server, or one whose proxy never started or last failed, routes nothing
        if (!proxySettings.apply(serverId).map(EdgeProxySettings::ready).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(remote.proxy(serverId, () -> access.apply(serverId)));
    }

    /** The edge proxy the host application runs for local servers of {@code providerKey}, if one. */
    public Optional<EdgeProxy> localProxy(String providerKey) {
        return Optional.ofNullable(proxies.get(providerKey));
    }

    /** The local provider keys whose servers have an edge proxy. */
    public Set<String> proxiedProviders() {
        return proxies.keySet();
    }

    /** The id of a resource's route on its server's edge proxy: one route per resource, moved by each deployment. */
    public static String routeId(String resourceId) {
        return "resource-" + resourceId;
    }

    /** The engine's default generated host of a resource: {@code <resource>-<environment>.<base domain>}. */
    public String generatedHost(String resourceSlug, String environmentSlug) {
        return resourceSlug + "-" + environmentSlug + "." + accessBaseDomain;
    }

    /**
     * The generated host of a resource on a server as the default access policy there says (the
     * engine's default without one); empty when generated access is disabled there.
     */
    public Optional<dev.appaloft.core.domains.GeneratedHosts.Host> generatedHost(
            dev.appaloft.api.store.StoreReader reader, String organizationId, String serverId, String resourceSlug,
            String environmentSlug) {
        return new dev.appaloft.core.domains.GeneratedHosts(accessBaseDomain)
                .host(reader, organizationId, serverId, resourceSlug, environmentSlug);
    }

    /** Who follows a resource's instance when it moves (the routes of its domain bindings). */
    @FunctionalInterface
    public interface InstanceMoved {
        /**
         * @param serverId the server whose proxy is being routed again, or null
         * @param proxy that server's proxy when the caller holds it (a bootstrap, before the
         *        server's proxy is recorded ready), or null to look it up
         */
        void moved(String organizationId, String resourceId, String serverId, EdgeProxy proxy);
    }

    private volatile InstanceMoved instanceMoved = (organization, resource, server, proxy) -> { };

    public void onInstanceMoved(InstanceMoved listener) {
        this.instanceMoved = listener;
    }

    /** The resource's serving instance changed (a deployment promoted it). */
    public void instanceMoved(String organizationId, String resourceId) {
        instanceMoved(organizationId, resourceId, null, null);
    }

    /** The resource's instance was routed again on {@code proxy}, the proxy of {@code serverId}. */
    public void instanceMoved(String organizationId, String resourceId, String serverId, EdgeProxy proxy) {
        try {
            instanceMoved.moved(organizationId, resourceId, serverId, proxy);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DeploymentRuntimes.class)
                    .warn("could not move the domain routes of resource {}: {}", resourceId, e.toString());
        }
    }

    /** The runtime of local servers of {@code providerKey}; {@code provider_not_configured} when there is none. */
    DeploymentRuntime require(String providerKey) {
        DeploymentRuntime runtime = byProvider.get(providerKey);
        if (runtime == null) {
            throw new AppaloftException(ErrorCode.PROVIDER_NOT_CONFIGURED, "no runtime is configured for servers of provider "
                    + providerKey + (byProvider.isEmpty() && remote == null ? " (this engine has no runtime at all)" : ""));
        }
        return runtime;
    }

    boolean isEmpty() {
        return byProvider.isEmpty() && remote == null;
    }
}
