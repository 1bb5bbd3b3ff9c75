package dev.appaloft.proxy.caddy;

/**
 * Where one Caddy listens: traffic on {@code listenHost:httpPort} (an empty host means every
 * interface), its admin API on the loopback {@code adminPort} of the machine it runs on.
 */
public record CaddyPorts(String listenHost, int httpPort, int adminPort) {

    public CaddyPorts {
        listenHost = listenHost == null ? "" : listenHost;
        if (httpPort < 1 || httpPort > 65_535 || adminPort < 1 || adminPort > 65_535) {
            throw new IllegalArgumentException("ports are 1 to 65535");
        }
        if (httpPort == adminPort) {
            throw new IllegalArgumentException("the HTTP port and the admin port must differ");
        }
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
