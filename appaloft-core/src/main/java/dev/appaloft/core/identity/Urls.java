package dev.appaloft.core.identity;

import dev.appaloft.core.internal.Validation;
import java.net.URI;

/** Optional image URLs (avatars, logos): an absolute http(s) URL, or empty to clear. */
final class Urls {

    private Urls() {
    }

    /** The URL, or null for "" (clear) and for absent; records an issue when it is not a URL. */
    static String optional(Validation v, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean ok;
        try {
            URI uri = new URI(value);
            ok = value.length() <= 2048 && uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            ok = false;
        }
        v.check(ok, field, field + " must be an http(s) URL, or empty to clear it");
        return ok ? value : null;
    }
}
