package dev.appaloft.http.auth;

/**
 * Where a request's secret is: {@code Authorization: Bearer <secret>} first, else the session
 * cookie (the browser's HttpOnly cookie set at sign-in).
 */
public final class Credentials {

    public static final String SESSION_COOKIE = "appaloft.session_token";
    private static final String BEARER = "Bearer ";

    private Credentials() {
    }

    /** The bearer secret of the request, or null when it carries none. */
    public static String secret(String authorization, String cookies) {
        if (authorization != null && !authorization.isBlank()) {
            return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authorization.substring(BEARER.length()).trim() : authorization.trim();
        }
        return cookie(cookies);
    }

    static String cookie(String cookies) {
        if (cookies == null) {
            return null;
        }
        for (String part : cookies.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith(SESSION_COOKIE + "=")) {
                String value = trimmed.substring(SESSION_COOKIE.length() + 1);
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The Set-Cookie value that stores a session (HttpOnly, SameSite=Lax, Secure over HTTPS). */
    public static String sessionCookie(String token, long maxAgeSeconds, boolean secure) {
        return SESSION_COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /** The Set-Cookie value that removes the session cookie. */
    public static String clearedCookie(boolean secure) {
        return SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
