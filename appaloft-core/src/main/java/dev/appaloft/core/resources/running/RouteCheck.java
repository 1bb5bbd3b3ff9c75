package dev.appaloft.core.resources.running;

import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import java.util.Objects;

/**
 * The running deployment's route on its edge proxy, compared with what the proxy applies now. A
 * route goes missing when the proxy restarted, and stale when the instance came back on another
 * port (the engine gives a container a new host port each time it starts).
 *
 * @param proxy the server's edge proxy; null when none runs
 * @param applied the route the proxy has for the resource; null when it has none
 */
record RouteCheck(Status status, Deployment deployment, EdgeProxy proxy, ProxyRoute applied) {

    enum Status { NOT_ROUTED, PROXY_MISSING, ROUTE_MISSING, STALE, READY }

    /** @param hostPort the instance's port now; null when it is not known or not running (ports are then not compared) */
    static RouteCheck of(DeploymentRuntimes runtimes, DeploymentFacts facts, Integer hostPort) {
        if (!facts.routed()) {
            return new RouteCheck(Status.NOT_ROUTED, facts.current(), null, null);
        }
        Deployment d = facts.current();
        EdgeProxy proxy = runtimes.proxy(d.plan().providerKey(), d.serverId()).orElse(null);
        if (proxy == null) {
            return new RouteCheck(Status.PROXY_MISSING, d, null, null);
        }
        String id = DeploymentRuntimes.routeId(d.resourceId());
        ProxyRoute applied = proxy.routes().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (applied == null) {
            return new RouteCheck(Status.ROUTE_MISSING, d, proxy, null);
        }
        boolean same = applied.host().equals(d.plan().routeHost())
                && (hostPort == null || Objects.equals(applied.upstreamPort(), hostPort));
        return new RouteCheck(same ? Status.READY : Status.STALE, d, proxy, applied);
    }

    boolean ready() {
        return status == Status.READY;
    }

    /** The spec's reason for a route that does not serve the instance; null when ready or not routed. */
    String reasonCode() {
        return switch (status) {
            case PROXY_MISSING -> "edge_proxy_not_running";
            case ROUTE_MISSING -> "proxy_route_missing";
            case STALE -> "proxy_route_stale";
            default -> null;
        };
    }

    /** The route as the deployment meant it, pointing at {@code hostPort}. */
    ProxyRoute expected(int hostPort) {
        return new ProxyRoute(DeploymentRuntimes.routeId(deployment.resourceId()), deployment.plan().routeHost(),
                deployment.plan().pathPrefix(), "127.0.0.1", hostPort);
    }
}
