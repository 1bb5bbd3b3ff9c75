package dev.appaloft.api.runtime.remote;

/**
 * A server's edge proxy as configured: its kind ({@code caddy} or {@code traefik}, both served
 * by Caddy), its status ({@code pending}, {@code starting}, {@code ready}, {@code failed}), the
 * port its traffic arrives on and the loopback port of its admin API, both on the server.
 */
public record EdgeProxySettings(String kind, String status, int httpPort, int adminPort) {

    public static final int DEFAULT_HTTP_PORT = 80;
    public static final int DEFAULT_ADMIN_PORT = 2019;

    /** Bootstrapped: deployments route through it. */
    public boolean ready() {
        return "ready".equals(status);
    }
}
