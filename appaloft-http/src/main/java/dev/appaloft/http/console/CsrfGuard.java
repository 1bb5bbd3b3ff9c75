package dev.appaloft.http.console;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.http.auth.Credentials;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a browser attaches the session cookie to any site's request, so an
 * unsafe request authenticated by that cookie alone must prove it comes from a page of this origin.
 * The proof is the {@value #HEADER} header (a page of another origin cannot add a custom header
 * without a CORS preflight, which this server never grants) and, when the browser sends them, an
 * {@code Origin} naming this host and a {@code Sec-Fetch-Site} that is not cross-site. Requests with
 * an {@code Authorization} header carry their own credential and are not affected, nor are requests
 * without the cookie (there is no ambient authority to abuse).
 */
public final class CsrfGuard {

    public static final String HEADER = "X-Appaloft-Csrf";
    public static final ErrorCode CSRF_CHECK_FAILED = new ErrorCode("csrf_check_failed", 403, false);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfGuard() {
    }

    public static void check(String method, String authorization, String cookies, String csrfHeader, String origin,
                             String fetchSite, String host) {
        if (SAFE.contains(method.toUpperCase(Locale.ROOT)) || (authorization != null && !authorization.isBlank())
                || Credentials.secret(null, cookies) == null) {
            return;
        }
        if (csrfHeader == null || csrfHeader.isBlank()) {
            throw new AppaloftException(CSRF_CHECK_FAILED, "a request authenticated by the session cookie must send "
                    + "the " + HEADER + " header");
        }
        if ("cross-site".equalsIgnoreCase(fetchSite) || !sameOrigin(origin, host)) {
            throw new AppaloftException(CSRF_CHECK_FAILED, "a request authenticated by the session cookie must come "
                    + "from this origin");
        }
    }

    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true; // browsers omit it on some same-origin requests; the custom header is the proof then
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || (uri.getPort() == -1 && host.equalsIgnoreCase(uri.getHost()
                    + (("https".equals(uri.getScheme())) ? ":443" : ":80")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
