package dev.appaloft.api.runtime;

import java.util.List;

/**
 * The edge proxy of a server: routes a host (and path prefix) to an upstream, changed at run time
 * without a restart or dropped connections. The engine switches a resource's route to a new
 * instance only after that instance is healthy, then retires the old one: that is the
 * zero-downtime switch.
 */
public interface EdgeProxy extends AutoCloseable {

    /** Adds the route, or replaces the route with the same id; effective when this returns. */
    void route(ProxyRoute route);

    /** Removes the route with this id; an unknown id is not an error. */
    void remove(String routeId);

    /** The URL clients reach {@code host} at through this proxy. */
    String urlFor(String host, String pathPrefix);

    /** The routes in effect now, as this proxy applied them (health and previews compare against them). */
    List<ProxyRoute> routes();

    /** The proxy's kind as the spec names proxies ({@code caddy}, {@code traefik}). */
    String kind();

    /** The provider-native configuration this proxy applies for {@code route} (JSON for Caddy), for previews. */
    String render(ProxyRoute route);

    /** Whether the proxy answers now (its admin API, for Caddy); connectivity tests and bootstraps ask. */
    default boolean answers() {
        return true;
    }

    /**
     * Serves {@code certificate} over HTTPS for its hosts, replacing the certificate of the same
     * id without dropping a connection; effective when this returns. A proxy without HTTPS refuses.
     */
    default void installCertificate(ProxyCertificate certificate) {
        throw new UnsupportedOperationException("the " + kind() + " edge proxy serves no HTTPS");
    }

    /** Stops serving the certificate with this id; an unknown id is not an error. */
    default void removeCertificate(String certificateId) {
    }

    /** The ids of the certificates served now. */
    default java.util.Set<String> certificates() {
        return java.util.Set.of();
    }

    @Override
    void close();
}
