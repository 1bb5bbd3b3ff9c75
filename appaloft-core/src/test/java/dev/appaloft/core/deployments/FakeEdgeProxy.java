package dev.appaloft.core.deployments;

import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An edge proxy double: routes in a map, URLs on port 4380 like the standalone server's Caddy. */
public final class FakeEdgeProxy implements EdgeProxy {

    public final Map<String, ProxyRoute> routes = new ConcurrentHashMap<>();
    public final Map<String, dev.appaloft.api.runtime.ProxyCertificate> certificates = new ConcurrentHashMap<>();

    @Override
    public void installCertificate(dev.appaloft.api.runtime.ProxyCertificate certificate) {
        certificates.put(certificate.id(), certificate);
    }

    @Override
    public void removeCertificate(String certificateId) {
        certificates.remove(certificateId);
    }

    @Override
    public java.util.Set<String> certificates() {
        return java.util.Set.copyOf(certificates.keySet());
    }

    @Override
    public void route(ProxyRoute route) {
        routes.put(route.id(), route);
    }

    @Override
    public void remove(String routeId) {
        routes.remove(routeId);
    }

    @Override
    public String urlFor(String host, String pathPrefix) {
        return "http://" + host + ":4380" + (pathPrefix == null ? "/" : pathPrefix);
    }

    @Override
    public List<ProxyRoute> routes() {
        return List.copyOf(routes.values());
    }

    @Override
    public String kind() {
        return "caddy";
    }

    @Override
    public String render(ProxyRoute route) {
        return "{\"match\":[{\"host\":[\"" + route.host() + "\"]}],\"upstream\":\"" + route.upstreamHost() + ":"
                + route.upstreamPort() + "\"}";
    }

    /** Loses every route, as a proxy restarted without them would. */
    public void forget() {
        routes.clear();
    }

    @Override
    public void close() {
    }
}
