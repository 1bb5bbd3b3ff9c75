package dev.appaloft.api.runtime;

import java.util.Objects;

/** Requests for {@code host} under {@code pathPrefix} go to {@code upstreamHost:upstreamPort}. */
public record ProxyRoute(String id, String host, String pathPrefix, String upstreamHost, int upstreamPort) {

    public ProxyRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        pathPrefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix;
        Objects.requireNonNull(upstreamHost, "upstreamHost");
    }
}
