package dev.appaloft.api.runtime;

import java.util.Objects;

/**
 * Requests for {@code host} under {@code pathPrefix} go to {@code upstreamHost:upstreamPort}, or,
 * for a route with an {@link Answer}, get that fixed answer from the proxy itself (a redirect of
 * an alias domain, a domain verification token).
 */
public record ProxyRoute(String id, String host, String pathPrefix, String upstreamHost, int upstreamPort,
                         Answer answer) {

    public ProxyRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        pathPrefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix;
        upstreamHost = answer != null && upstreamHost == null ? "" : upstreamHost;
        Objects.requireNonNull(upstreamHost, "upstreamHost");
    }

    /** A route to an upstream. */
    public ProxyRoute(String id, String host, String pathPrefix, String upstreamHost, int upstreamPort) {
        this(id, host, pathPrefix, upstreamHost, upstreamPort, null);
    }

    /**
     * What the proxy answers itself: {@code status}, a {@code Location} when not null (the
     * proxy appends the request's path and query to it) and a plain-text {@code body} when not null.
     */
    public record Answer(int status, String location, String body) {
    }

    /** Answers {@code status} with {@code Location: <location><the request's path and query>}. */
    public static ProxyRoute redirect(String id, String host, String pathPrefix, int status, String location) {
        return new ProxyRoute(id, host, pathPrefix, "", 0, new Answer(status, location, null));
    }

    /** Answers 200 with {@code body} as plain text. */
    public static ProxyRoute respond(String id, String host, String pathPrefix, String body) {
        return new ProxyRoute(id, host, pathPrefix, "", 0, new Answer(200, null, body));
    }

    /** Whether the proxy answers this route itself instead of passing it on. */
    public boolean answered() {
        return answer != null;
    }

    // static artifacts: a route whose files the proxy serves itself
    private static final String FILES = "file:";

    /** Serves the files under {@code root} (a folder on the proxy's host), {@code index.html} for folders. */
    public static ProxyRoute files(String id, String host, String pathPrefix, String root) {
        return new ProxyRoute(id, host, pathPrefix, FILES + Objects.requireNonNull(root, "root"), 0, null);
    }

    /** Whether the proxy serves files of a folder for this route ({@link #fileRoot()}). */
    public boolean servesFiles() {
        return answer == null && upstreamHost.startsWith(FILES);
    }

    /** The folder a {@link #files} route serves, or null. */
    public String fileRoot() {
        return servesFiles() ? upstreamHost.substring(FILES.length()) : null;
    }
}
