package dev.appaloft.proxy.caddy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.runtime.ProxyRoute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Caddy's JSON configuration as Appaloft writes it: one HTTP server named {@code appaloft} with a
 * route per {@link ProxyRoute} (matched by host and path prefix, proxied to its upstream) and a
 * JSON 404 for every other host; and the way back, from a configuration Caddy reports to the
 * routes it applies.
 */
public final class CaddyConfig {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The name of Appaloft's HTTP server in the configuration: a Caddy that has it is one Appaloft configured. */
    public static final String SERVER = "appaloft";
    /** The HTTPS server, with the same routes. */
    public static final String TLS_SERVER = "appaloft_tls";
    static final String NOT_FOUND_BODY =
            "{\"code\":\"resource_access_route_not_found\",\"message\":\"no app is routed at this host\"}";

    private CaddyConfig() {
    }

    /** The whole configuration: admin API, the server on {@code ports}, {@code routes} then the 404. */
    public static ObjectNode config(CaddyPorts ports, Collection<ProxyRoute> routes) {
        return config(ports, routes, List.of());
    }

    /**
     * With HTTPS on {@code ports.httpsPort()} (when not 0): a second server with the same routes,
     * serving the loaded {@code certificates} by SNI (Caddy's own certificate management stays off:
     * the control plane issues and renews them).
     */
    public static ObjectNode config(CaddyPorts ports, Collection<ProxyRoute> routes,
                                    Collection<dev.appaloft.api.runtime.ProxyCertificate> certificates) {
        ObjectNode root = httpOnly(ports, routes);
        if (ports.httpsPort() == 0) {
            return root;
        }
        ObjectNode servers = (ObjectNode) root.path("apps").path("http").path("servers");
        ObjectNode tls = servers.putObject(TLS_SERVER);
        tls.putArray("listen").add(ports.listenTls());
        tls.putObject("automatic_https").put("disable", true);
        tls.set("routes", servers.path(SERVER).path("routes").deepCopy());
        // an empty policy: TLS on, certificates picked from the loaded ones by the client's SNI
        tls.putArray("tls_connection_policies").addObject();
        ObjectNode tlsApp = ((ObjectNode) root.path("apps")).putObject("tls");
        ArrayNode loaded = tlsApp.putObject("certificates").putArray("load_pem");
        for (dev.appaloft.api.runtime.ProxyCertificate c : certificates) {
            ObjectNode pem = loaded.addObject();
            pem.put("certificate", c.chainPem());
            pem.put("key", c.privateKeyPem());
            pem.putArray("tags").add(c.id());
        }
        return root;
    }

    private static ObjectNode httpOnly(CaddyPorts ports, Collection<ProxyRoute> routes) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("admin").put("listen", ports.adminAddress());
        ObjectNode httpApp = root.putObject("apps").putObject("http");
        // on a config change, requests already in flight get time to finish instead of being cut
        httpApp.put("grace_period", "10s");
        ObjectNode server = httpApp.putObject("servers").putObject(SERVER);
        server.putArray("listen").add(ports.listen());
        server.putObject("automatic_https").put("disable", true);
        ArrayNode list = server.putArray("routes");
        // Caddy takes the first route that matches: a longer path prefix of the same host goes first
        // (a verification token under /.well-known/ before the app at /), otherwise as given
        List<ProxyRoute> ordered = new ArrayList<>(routes);
        ordered.sort(java.util.Comparator.comparingInt((ProxyRoute r) -> -r.pathPrefix().length()));
        for (ProxyRoute route : ordered) {
            list.add(route(route));
        }
        ObjectNode notFound = list.addObject().putArray("handle").addObject();
        notFound.put("handler", "static_response");
        notFound.put("status_code", 404);
        notFound.putObject("headers").putArray("Content-Type").add("application/json");
        notFound.put("body", NOT_FOUND_BODY);
        return root;
    }

    /** One route of the {@code appaloft} server. */
    public static ObjectNode route(ProxyRoute route) {
        ObjectNode r = JSON.createObjectNode();
        r.put("@id", routeKey(route.id()));
        ObjectNode match = r.putArray("match").addObject();
        match.putArray("host").add(route.host());
        String prefix = route.pathPrefix().endsWith("/") ? route.pathPrefix() + "*" : route.pathPrefix() + "/*";
        ArrayNode paths = match.putArray("path").add(prefix);
        if (!route.pathPrefix().endsWith("/")) {
            paths.add(route.pathPrefix()); // /api itself, not only what is under /api/
        }
        if (route.answered()) {
            ObjectNode answer = r.putArray("handle").addObject();
            answer.put("handler", "static_response");
            answer.put("status_code", route.answer().status());
            ObjectNode headers = answer.putObject("headers");
            if (route.answer().location() != null) {
                headers.putArray("Location").add(route.answer().location() + "{http.request.uri}");
            }
            if (route.answer().body() != null) {
                headers.putArray("Content-Type").add("text/plain; charset=utf-8");
                answer.put("body", route.answer().body());
            }
        } else if (route.servesFiles()) {
            ArrayNode handle = r.putArray("handle");
            if (!route.pathPrefix().equals("/")) {
                handle.addObject().put("handler", "rewrite").put("strip_path_prefix", route.pathPrefix());
            }
            ObjectNode files = handle.addObject();
            files.put("handler", "file_server");
            files.put("root", route.fileRoot());
            files.putArray("index_names").add("index.html");
        } else {
            ObjectNode proxy = r.putArray("handle").addObject();
            proxy.put("handler", "reverse_proxy");
            proxy.putArray("upstreams").addObject().put("dial", route.upstreamHost() + ":" + route.upstreamPort());
        }
        r.put("terminal", true);
        return r;
    }

    /** The route's {@code @id}: Caddy ids are words; the engine's route ids already are. */
    static String routeKey(String routeId) {
        return routeId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Where the {@code appaloft} server of {@code config} listens, if the configuration has one. */
    public static Optional<String> listen(JsonNode config) {
        JsonNode listen = server(config).path("listen");
        return listen.isArray() && listen.size() > 0 ? Optional.of(listen.get(0).asText()) : Optional.empty();
    }

    /** Whether {@code config} is an Appaloft configuration serving {@code ports}. */
    public static boolean serves(JsonNode config, CaddyPorts ports) {
        return listen(config).map(ports.listen()::equals).orElse(false);
    }

    /**
     * The routes of the {@code appaloft} server in {@code config}, the 404 left out (a path prefix
     * {@code /a/} reads back as {@code /a}: both match the same requests).
     */
    public static List<ProxyRoute> routes(JsonNode config) {
        List<ProxyRoute> routes = new ArrayList<>();
        for (JsonNode r : server(config).path("routes")) {
            JsonNode match = r.path("match").path(0);
            JsonNode handle = r.path("handle").path(0);
            JsonNode upstream = handle.path("upstreams").path(0).path("dial");
            String path = match.path("path").path(0).asText("/*");
            String prefix = path.endsWith("/*") ? path.substring(0, path.length() - 2) : path;
            if (r.hasNonNull("@id") && match.path("host").isArray() && "static_response".equals(handle.path("handler").asText())) {
                String location = handle.path("headers").path("Location").path(0).asText(null);
                String suffix = "{http.request.uri}";
                if (location != null && location.endsWith(suffix)) {
                    location = location.substring(0, location.length() - suffix.length());
                }
                routes.add(new ProxyRoute(r.get("@id").asText(), match.path("host").path(0).asText(),
                        prefix.isEmpty() ? "/" : prefix, "", 0, new ProxyRoute.Answer(handle.path("status_code").asInt(200),
                        location, handle.path("body").asText(null))));
                continue;
            }
            JsonNode files = fileServer(r.path("handle"));
            if (r.hasNonNull("@id") && match.path("host").isArray() && files != null) {
                routes.add(ProxyRoute.files(r.get("@id").asText(), match.path("host").path(0).asText(),
                        prefix.isEmpty() ? "/" : prefix, files.path("root").asText()));
                continue;
            }
            if (!r.hasNonNull("@id") || !match.path("host").isArray() || !upstream.isTextual()) {
                continue;
            }
            String dial = upstream.asText();
            int colon = dial.lastIndexOf(':');
            try {
                routes.add(new ProxyRoute(r.get("@id").asText(), match.path("host").path(0).asText(),
                        prefix.isEmpty() ? "/" : prefix, dial.substring(0, colon),
                        Integer.parseInt(dial.substring(colon + 1))));
            } catch (RuntimeException notOurs) {
                // a route Appaloft did not write: not one of its routes
            }
        }
        return routes;
    }

    private static JsonNode fileServer(JsonNode handles) {
        for (JsonNode handle : handles) {
            if ("file_server".equals(handle.path("handler").asText())) {
                return handle;
            }
        }
        return null;
    }

    private static JsonNode server(JsonNode config) {
        return config == null ? JSON.missingNode() : config.path("apps").path("http").path("servers").path(SERVER);
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
