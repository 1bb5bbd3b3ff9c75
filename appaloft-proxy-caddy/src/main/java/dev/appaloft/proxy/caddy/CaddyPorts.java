package dev.appaloft.proxy.caddy;

/**
 * Where one Caddy listens: traffic on {@code listenHost:httpPort} (an empty host means every
 * interface), its admin API on the loopback {@code adminPort} of the machine it runs on, and HTTPS
 * with the installed certificates on {@code httpsPort} (0: no HTTPS).
 */
public record CaddyPorts(String listenHost, int httpPort, int adminPort, int httpsPort) {

    public CaddyPorts {
        listenHost = listenHost == null ? "" : listenHost;
        if (httpPort < 1 || httpPort > 65_535 || adminPort < 1 || adminPort > 65_535 || httpsPort < 0
                || httpsPort > 65_535) {
            throw new IllegalArgumentException("ports are 1 to 65535");
        }
        if (httpPort == adminPort || httpsPort == httpPort || httpsPort == adminPort) {
            throw new IllegalArgumentException("the HTTP, HTTPS and admin ports must differ");
        }
    }

    /** Without HTTPS. */
    public CaddyPorts(String listenHost, int httpPort, int adminPort) {
        this(listenHost, httpPort, adminPort, 0);
    }

    /** The address HTTPS is served on. */
    String listenTls() {
        return listenHost + ":" + httpsPort;
    }

    /** The address traffic is served on, as Caddy's {@code listen} names it. */
    String listen() {
        return listenHost + ":" + httpPort;
    }

    /** The admin API's address on its machine, which is also the Host header Caddy wants on admin requests. */
    public String adminAddress() {
        return "127.0.0.1:" + adminPort;
    }
}
