package dev.appaloft.core.sources;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The identity a push is matched by: {@code source-fingerprint:v1:<repository>:<ref name>}, both
 * parts URL-encoded. The repository is its locator without scheme, credentials, {@code .git} or
 * trailing slash, so {@code https://github.com/acme/shop.git}, {@code git@github.com:acme/shop}
 * and {@code ssh://git@github.com/acme/shop} are one repository ({@code github.com/acme/shop}; the
 * big forges ignore case, so theirs are lowercased).
 */
public final class SourceFingerprint {

    static final String PREFIX = "source-fingerprint:v1:";
    private static final Set<String> CASE_INSENSITIVE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org");

    private SourceFingerprint() {
    }

    public static String of(String repository, String refName) {
        return PREFIX + encode(repository) + ":" + encode(refName);
    }

    /** The (repository, ref name) of a v1 fingerprint, or empty for any other string. */
    public static Optional<String[]> parts(String fingerprint) {
        if (fingerprint == null || !fingerprint.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = fingerprint.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon <= 0 || colon == rest.length() - 1 || rest.indexOf(':', colon + 1) >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String[] {URLDecoder.decode(rest.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(rest.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical repository of a git locator (URL, scp-like address or path); null when blank. */
    public static String repository(String locator) {
        if (locator == null || locator.isBlank()) {
            return null;
        }
        String value = locator.strip();
        int scheme = value.indexOf("://");
        boolean hosted = false;
        if (scheme > 0) {
            boolean file = value.substring(0, scheme).equalsIgnoreCase("file");
            value = value.substring(scheme + 3);
            hosted = !file;
        } else if (!value.startsWith("/") && value.matches("^[^/]*@[^/:]+:.*")) {
            value = value.replaceFirst(":", "/"); // scp-like git@host:owner/repo
            hosted = true;
        }
        if (hosted) {
            int slash = value.indexOf('/');
            String authority = slash < 0 ? value : value.substring(0, slash);
            String path = slash < 0 ? "" : value.substring(slash);
            int at = authority.lastIndexOf('@');
            String host = (at >= 0 ? authority.substring(at + 1) : authority).toLowerCase(Locale.ROOT);
            value = host + path;
            if (CASE_INSENSITIVE_HOSTS.contains(host)) {
                value = value.toLowerCase(Locale.ROOT);
            }
        }
        int query = indexOfAny(value, '?', '#');
        if (query >= 0) {
            value = value.substring(0, query);
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.endsWith(".git")) {
            value = value.substring(0, value.length() - 4);
        }
        return value.isEmpty() ? null : value;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
