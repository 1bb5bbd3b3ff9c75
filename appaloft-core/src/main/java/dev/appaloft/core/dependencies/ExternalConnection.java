package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.core.internal.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The connection URL of an imported database, parsed and checked against its kind: the scheme
 * the kind speaks, a host, a port (the kind's default when absent), the user, the database and
 * the password taken apart so the password can be sealed.
 */
record ExternalConnection(String scheme, String host, int port, String user, String database, String password,
                          String query) {

    private static final Map<DependencyKind, List<String>> SCHEMES = Map.of(
            DependencyKind.POSTGRES, List.of("postgres", "postgresql"),
            DependencyKind.REDIS, List.of("redis", "rediss"),
            DependencyKind.MYSQL, List.of("mysql"),
            DependencyKind.CLICKHOUSE, List.of("clickhouse", "http", "https"),
            DependencyKind.OBJECT_STORAGE, List.of("s3", "http", "https"),
            DependencyKind.OPENSEARCH, List.of("http", "https"));

    /** The URL's parts, or null with the problem recorded on {@code field}. */
    static ExternalConnection parse(Validation v, String field, DependencyKind kind, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            v.check(false, field, field + " is not a URL: " + e.getReason());
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        List<String> allowed = SCHEMES.get(kind);
        if (scheme == null || !allowed.contains(scheme)) {
            v.check(false, field, "a " + kind.wire() + " connection URL starts with " + String.join("://, ", allowed)
                    + "://");
            return null;
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            v.check(false, field, field + " names no host");
            return null;
        }
        if (uri.getRawFragment() != null) {
            v.check(false, field, field + " takes no #fragment");
            return null;
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.isEmpty() || path.equals("/") ? null : decode(path.substring(1));
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(scheme);
        return new ExternalConnection(scheme, uri.getHost(), port, emptyToNull(user), database, emptyToNull(password),
                uri.getRawQuery());
    }

    /** The URL again, with {@code password} in place of the real one (none: no password part). */
    String url(String password) {
        String login = user == null ? "" : encode(user) + (password == null ? "" : ":" + password) + "@";
        return scheme + "://" + login + host + ":" + port + (database == null ? "" : "/" + encode(database))
                + (query == null ? "" : "?" + query);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "postgres", "postgresql" -> 5432;
            case "redis", "rediss" -> 6379;
            case "mysql" -> 3306;
            case "clickhouse" -> 9000;
            case "http" -> 80;
            default -> 443; // https, s3
        };
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
