package dev.appaloft.proxy.caddy;

import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The routes of one Caddy, changed through its admin API: every change loads the whole
 * configuration at once ({@code POST /load}); Caddy swaps it in gracefully, so in-flight requests
 * finish and no connection is refused. {@link #routes()} is what Caddy accepted from this
 * object; {@link #applied()} asks Caddy what it runs now. Requests for an unknown host get a JSON
 * 404. Where Caddy runs and how it is started is its owner's business (a local child process, a
 * process or container on a server reached over SSH).
 */
public class CaddyProxy implements EdgeProxy {

    private final CaddyAdmin admin;
    private final Supplier<CaddyPorts> ports;
    private final Map<String, ProxyRoute> routes = new TreeMap<>();
    private final Map<String, dev.appaloft.api.runtime.ProxyCertificate> certificates = new TreeMap<>();

    /** @param ports read on each change, so a reconfigured proxy is loaded with its new ports */
    public CaddyProxy(CaddyAdmin admin, Supplier<CaddyPorts> ports) {
        this.admin = admin;
        this.ports = ports;
    }

    public CaddyAdmin admin() {
        return admin;
    }

    public CaddyPorts ports() {
        return ports.get();
    }

    @Override
    public synchronized void route(ProxyRoute route) {
        ProxyRoute previous = routes.put(route.id(), route);
        try {
            reload();
        } catch (RuntimeException e) {
            // routes() reports what Caddy applies: a refused change is not one
            if (previous == null) {
                routes.remove(route.id());
            } else {
                routes.put(route.id(), previous);
            }
            throw e;
        }
    }

    @Override
    public synchronized void remove(String routeId) {
        ProxyRoute removed = routes.remove(routeId);
        if (removed != null) {
            try {
                reload();
            } catch (RuntimeException e) {
                routes.put(routeId, removed);
                throw e;
            }
        }
    }

    /** Loads the routes again, e.g. into a Caddy that was just (re)started. */
    public synchronized void reload() {
        admin.load(CaddyConfig.config(ports.get(), routes.values(), certificates.values()));
    }

    @Override
    public synchronized void installCertificate(dev.appaloft.api.runtime.ProxyCertificate certificate) {
        if (ports.get().httpsPort() == 0) {
            throw new UnsupportedOperationException("this Caddy has no HTTPS port");
        }
        dev.appaloft.api.runtime.ProxyCertificate previous = certificates.put(certificate.id(), certificate);
        try {
            reload();
        } catch (RuntimeException e) {
            if (previous == null) {
                certificates.remove(certificate.id());
            } else {
                certificates.put(certificate.id(), previous);
            }
            throw e;
        }
    }

    @Override
    public synchronized void removeCertificate(String certificateId) {
        dev.appaloft.api.runtime.ProxyCertificate removed = certificates.remove(certificateId);
        if (removed != null) {
            try {
                reload();
            } catch (RuntimeException e) {
                certificates.put(certificateId, removed);
                throw e;
            }
        }
    }

    @Override
    public synchronized java.util.Set<String> certificates() {
        return java.util.Set.copyOf(certificates.keySet());
    }

    /** Takes {@code adopted} as the routes to keep (from a Caddy that ran before this object), without loading. */
    protected synchronized void adopt(Collection<ProxyRoute> adopted) {
        for (ProxyRoute route : adopted) {
            routes.putIfAbsent(route.id(), route);
        }
    }

    @Override
    public String urlFor(String host, String pathPrefix) {
        String prefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix;
        int port = ports.get().httpPort();
        return "http://" + host + (port == 80 ? "" : ":" + port) + prefix;
    }

    @Override
    public synchronized List<ProxyRoute> routes() {
        return List.copyOf(routes.values());
    }

    /** The routes Caddy runs now, read from it; empty when it does not answer. */
    public Optional<List<ProxyRoute>> applied() {
        return admin.config().map(CaddyConfig::routes);
    }

    @Override
    public String kind() {
        return "caddy";
    }

    @Override
    public String render(ProxyRoute route) {
        return CaddyConfig.pretty(CaddyConfig.route(route));
    }

    @Override
    public boolean answers() {
        return admin.answers();
    }

    /** Nothing to release here: the owner of the Caddy process stops it. */
    @Override
    public void close() {
    }
}
