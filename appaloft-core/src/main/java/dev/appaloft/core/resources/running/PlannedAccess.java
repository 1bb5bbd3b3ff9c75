package dev.appaloft.core.resources.running;

import dev.appaloft.api.resources.AccessProfile;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.resources.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The generated route the resource's next deployment would get: reverse-proxy exposure with
 * generated access not disabled gets {@code <resource>-<environment>.<base domain>} on the edge
 * proxy of the server it deploys to (the server of its newest deployment, or the only local server
 * kind with a proxy when it was never deployed).
 */
record PlannedAccess(String host, String pathPrefix, String url, EdgeProxy proxy, long targetPort, String providerKey) {

    static Optional<PlannedAccess> of(DeploymentRuntimes runtimes, Resource resource, String environmentSlug,
                                      DeploymentFacts facts) {
        return of(runtimes, null, resource, environmentSlug, facts);
    }

    /**
     * @param reader to read the default access policy of the server (the organization's system
     *        one when the resource was never deployed); null for the engine's default host
     */
    static Optional<PlannedAccess> of(DeploymentRuntimes runtimes, dev.appaloft.api.store.StoreReader reader,
                                      Resource resource, String environmentSlug, DeploymentFacts facts) {
        if (whyNot(runtimes, resource, facts) != null) {
            return Optional.empty();
        }
        EdgeProxy proxy = proxy(runtimes, facts).orElseThrow();
        String host = runtimes.generatedHost(resource.slug(), environmentSlug);
        String providerKey = null;
        if (reader != null) {
            Optional<dev.appaloft.core.domains.GeneratedHosts.Host> generated = runtimes.generatedHost(reader,
                    resource.organizationId(), facts.latest() == null ? null : facts.latest().serverId(),
                    resource.slug(), environmentSlug);
            if (generated.isEmpty()) {
                return Optional.empty(); // the default access policy disables generated hosts there
            }
            host = generated.get().name();
            providerKey = generated.get().providerKey();
        }
        String prefix = resource.accessProfile() == null ? "/" : resource.accessProfile().pathPrefix();
        return Optional.of(new PlannedAccess(host, prefix, proxy.urlFor(host, prefix), proxy,
                resource.networkProfile().internalPort(), providerKey));
    }

    /** Why the resource gets no generated route, in words for warnings; null when it gets one. */
    static String whyNot(DeploymentRuntimes runtimes, Resource resource, DeploymentFacts facts) {
        // the same rule as the deployment planner's
        NetworkProfile network = resource.networkProfile();
        if (network == null) {
            return "the resource has no network profile (no internal port)";
        }
        if (network.exposureMode() != NetworkProfile.ExposureMode.REVERSE_PROXY) {
            return "the resource's exposure mode is not reverse-proxy";
        }
        if (resource.accessProfile() != null
                && resource.accessProfile().generatedAccessMode() == AccessProfile.GeneratedAccessMode.DISABLED) {
            return "generated access is disabled in the resource's access profile";
        }
        if (proxy(runtimes, facts).isEmpty()) {
            return "no edge proxy runs for the servers this resource deploys to";
        }
        return null;
    }

    /** The proxy of the server of the newest deployment, or the only local one when never deployed. */
    private static Optional<EdgeProxy> proxy(DeploymentRuntimes runtimes, DeploymentFacts facts) {
        if (facts.latest() != null) {
            return runtimes.proxy(facts.latest().plan().providerKey(), facts.latest().serverId());
        }
        // one proxy may serve several local providers (local-shell and docker-swarm share the host's Caddy)
        List<EdgeProxy> proxied = runtimes.proxiedProviders().stream().map(runtimes::localProxy)
                .flatMap(Optional::stream).distinct().toList();
        return proxied.size() == 1 ? Optional.of(proxied.get(0)) : Optional.empty();
    }
}
