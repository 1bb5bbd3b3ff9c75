package dev.appaloft.core.domains;

import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.resources.running.DeploymentFacts;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes domain bindings put on the edge proxy of their server (the local engine's Caddy, or
 * a remote server's own through the same {@link EdgeProxy} SPI): a serving binding routes its
 * host to the instance of the resource running on that server, a redirect binding answers the
 * redirect to its canonical binding, and a binding pending verification has the proxy answer its
 * HTTP token. Route ids are the binding's, so applying again replaces and deleting removes.
 */
final class DomainRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(DomainRoutes.class);

    /** What applying a binding's route came to. */
    record Outcome(boolean applied, String blockingReason, String message) {
        static Outcome ok() {
            return new Outcome(true, null, null);
        }
    }

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    DomainRoutes(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    static String routeId(String bindingId) {
        return "domain-" + bindingId;
    }

    static String tokenRouteId(String bindingId) {
        return "domain-verify-" + bindingId;
    }

    /**
     * The edge proxy of the binding's server, when one runs there. Outside any store read: a remote
     * server's proxy reads the server's access itself.
     */
    Optional<EdgeProxy> proxy(DomainBinding b) {
        Optional<Server> server = ctx.read(r -> ServerRepository.find(r, b.organizationId(), b.serverId()))
                .map(v -> v.value());
        return server.flatMap(s -> runtimes.proxy(s.providerKey(), s.id()));
    }

    /** The route the binding means now: null when it has none yet (why in {@code reason}). */
    ProxyRoute desired(StoreReader reader, EdgeProxy proxy, DomainBinding b, StringBuilder reason) {
        if (!b.serves()) {
            Optional<DomainBinding> canonical = DomainBindingRepository.canonical(reader, b);
            if (canonical.isEmpty()) {
                reason.append("proxy_route_missing");
                return null;
            }
            return ProxyRoute.redirect(routeId(b.id()), b.domainName(), b.pathPrefix(),
                    b.redirectStatus() == null ? 308 : b.redirectStatus(), origin(proxy, canonical.get()));
        }
        Deployment current = serving(reader, b);
        if (current == null || !b.serverId().equals(current.serverId()) || current.instance().hostPort() == null) {
            reason.append("runtime_not_ready");
            return null;
        }
        return new ProxyRoute(routeId(b.id()), b.domainName(), b.pathPrefix(), "127.0.0.1",
                current.instance().hostPort());
    }

    /**
     * The deployment whose instance serves the resource: the newest one once promoted (traffic
     * moves to it before it is recorded succeeded), else the newest success.
     */
    static Deployment serving(StoreReader reader, DomainBinding b) {
        DeploymentFacts facts = DeploymentFacts.of(reader, b.organizationId(), b.resourceId());
        Deployment latest = facts.latest();
        if (latest != null && latest.instance() != null && latest.instance().promoted()
                && latest.status() != dev.appaloft.api.deployments.DeploymentStatus.FAILED) {
            return latest;
        }
        return facts.current();
    }

    /**
     * {@code http(s)://host[:port]} of a canonical binding (of the same resource and server as its
     * alias): HTTPS when it has TLS, else plain HTTP on the proxy's port.
     */
    static String origin(EdgeProxy proxy, DomainBinding target) {
        if ("auto".equals(target.tlsMode())) {
            return "https://" + target.domainName();
        }
        String url = proxy == null ? "http://" + target.domainName() + "/" : proxy.urlFor(target.domainName(), "/");
        return url.substring(0, url.length() - 1);
    }

    /** Puts the binding's route on its proxy (or takes it off when it should have none). */
    Outcome apply(DomainBinding b) {
        return apply(b, null);
    }

    /** @param held the proxy of the binding's server when the caller holds it, or null to look it up */
    Outcome apply(DomainBinding b, EdgeProxy held) {
        Optional<EdgeProxy> proxy = held != null ? Optional.of(held) : proxy(b);
        if (proxy.isEmpty()) {
            return new Outcome(false, "proxy_route_missing", "no edge proxy runs on server " + b.serverId());
        }
        if (!b.routed()) {
            removeQuietly(proxy.get(), routeId(b.id()));
            return new Outcome(false, "domain_not_verified", "the domain's ownership is not confirmed yet");
        }
        StringBuilder reason = new StringBuilder();
        ProxyRoute route = ctx.read(r -> desired(r, proxy.get(), b, reason));
        {
            if (route == null) {
                removeQuietly(proxy.get(), routeId(b.id()));
                return new Outcome(false, reason.toString(), reason.toString().equals("runtime_not_ready")
                        ? "the resource has no running instance on server " + b.serverId()
                        : "the canonical binding " + b.redirectTo() + " does not serve");
            }
            try {
                proxy.get().route(route);
                removeQuietly(proxy.get(), tokenRouteId(b.id()));
                return Outcome.ok();
            } catch (RuntimeException e) {
                LOG.warn("could not route domain {}: {}", b.domainName(), e.toString());
                return new Outcome(false, "proxy_route_missing", "the edge proxy refused the route: " + e.getMessage());
            }
        }
    }

    /** Whether {@code proxy} applies the binding's route as it should be now. */
    boolean applied(StoreReader reader, EdgeProxy proxy, DomainBinding b) {
        ProxyRoute want = desired(reader, proxy, b, new StringBuilder());
        return want != null && proxy.routes().contains(want);
    }

    /** Has the binding's proxy answer its verification token; false when there is no proxy to answer. */
    boolean publishToken(DomainBinding b) {
        return proxy(b).map(p -> {
            try {
                // under the token folder of the binding's own host: one token per host
                p.route(ProxyRoute.respond(tokenRouteId(b.id()), b.domainName(), DomainBinding.TOKEN_PATH, b.token()));
                return true;
            } catch (RuntimeException e) {
                LOG.warn("could not publish the verification token of {}: {}", b.domainName(), e.toString());
                return false;
            }
        }).orElse(false);
    }

    /** The URL the binding's proxy answers the token at (its port), when a proxy runs. */
    Optional<String> tokenUrl(DomainBinding b) {
        return proxy(b).map(p -> p.urlFor(b.domainName(), b.tokenPath()));
    }

    /** Takes every route of the binding off its proxy. */
    void remove(DomainBinding b) {
        proxy(b).ifPresent(p -> {
            removeQuietly(p, routeId(b.id()));
            removeQuietly(p, tokenRouteId(b.id()));
        });
    }

    /** The routed bindings of a resource, applied again (its instance moved) — with aliases pointing at them. */
    List<DomainBinding> routedOf(StoreReader reader, String organizationId, String resourceId) {
        return DomainBindingRepository.ofResource(reader, organizationId, resourceId).stream()
                .filter(DomainBinding::routed).toList();
    }

    private static void removeQuietly(EdgeProxy proxy, String routeId) {
        try {
            proxy.remove(routeId);
        } catch (RuntimeException e) {
            LOG.warn("could not remove route {}: {}", routeId, e.toString());
        }
    }
}
