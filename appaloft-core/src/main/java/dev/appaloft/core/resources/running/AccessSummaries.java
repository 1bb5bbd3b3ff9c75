package dev.appaloft.core.resources.running;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.AccessSummary;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.resources.Resource;

/**
 * Where a resource answers, for {@code resources.show} and {@code resources.list}: its running
 * deployment's stable URL, and the URL a next deployment would get. Built from stored facts and
 * the proxy's in-memory routes only (no runtime calls), so lists stay cheap.
 */
public final class AccessSummaries {

    /** The only proxy this product runs; named when the server's proxy is not running now. */
    static final String ROUTED_BY = "caddy";

    private final DeploymentRuntimes runtimes;

    public AccessSummaries(DeploymentRuntimes runtimes) {
        this.runtimes = runtimes;
    }

    /** Null when the resource has no route and would get none. */
    public AccessSummary of(Resource resource, String environmentSlug, DeploymentFacts facts) {
        return of(null, resource, environmentSlug, facts);
    }

    /** With {@code reader}, the planned host follows the default access policy that applies. */
    public AccessSummary of(dev.appaloft.api.store.StoreReader reader, Resource resource, String environmentSlug,
                            DeploymentFacts facts) {
        AccessSummary.PlannedRoute planned = PlannedAccess.of(runtimes, reader, resource, environmentSlug, facts)
                .map(p -> new AccessSummary.PlannedRoute(p.url(), p.host(), "http", p.providerKey(), p.pathPrefix(),
                        p.proxy().kind(), p.targetPort()))
                .orElse(null);
        if (!facts.routed()) {
            // no generated route (disabled by policy or profile): a custom domain may still serve it
            AccessSummary.Route domain = facts.current() == null ? null : domainRoute(reader, resource, facts.current(),
                    runtimes.proxy(facts.current().plan().providerKey(), facts.current().serverId()).orElse(null));
            return planned == null && domain == null ? null : new AccessSummary(planned, null, null, null, domain);
        }
        Deployment d = facts.current();
        // the recorded port follows the instance across starts, so it is what the route must point at
        RouteCheck route = RouteCheck.of(runtimes, facts, d.instance().hostPort());
        AccessSummary.Route latest = new AccessSummary.Route(d.instance().url(), d.plan().routeHost(), "http", null,
                d.id(), d.status(), d.plan().pathPrefix(), route.proxy() == null ? ROUTED_BY : route.proxy().kind(),
                d.plan().internalPort(), Timestamps.format(d.finishedAt()));
        String status = route.status() == RouteCheck.Status.PROXY_MISSING ? "unknown" : route.ready() ? "ready" : "not-ready";
        return new AccessSummary(planned, latest, status, d.id(), domainRoute(reader, resource, d, route.proxy()));
    }

    /** The custom domain the running deployment answers at, from the resource's bindings; null without a reader or one. */
    private static AccessSummary.Route domainRoute(dev.appaloft.api.store.StoreReader reader, Resource resource,
                                                   Deployment d, dev.appaloft.api.runtime.EdgeProxy proxy) {
        if (reader == null) {
            return null;
        }
        return dev.appaloft.core.domains.DomainAccess.served(reader, resource.organizationId(), resource.id(), d.serverId())
                .map(b -> new AccessSummary.Route(b.tls() ? "https://" + b.host() + b.pathPrefix()
                        : proxy == null ? "http://" + b.host() + b.pathPrefix() : proxy.urlFor(b.host(), b.pathPrefix()),
                        b.host(), b.tls() ? "https" : "http", null, d.id(), d.status(), b.pathPrefix(),
                        proxy == null ? ROUTED_BY : proxy.kind(), d.plan().internalPort(), Timestamps.format(d.finishedAt())))
                .orElse(null);
    }
}
