package dev.appaloft.api.servers;

/**
 * {@code servers.configureEdgeProxy}: the edge proxy the server should run. A new kind or new
 * ports make the proxy {@code pending} until {@code servers.bootstrapProxy} applies them
 * ({@code none}: {@code disabled}, no proxy). {@code httpPort} (default 80) and {@code adminPort}
 * (Caddy's admin API on the server's loopback, default 2019) are extra fields the spec's request
 * allows; left out, the current ones stay. Only remote servers take ports: a local server's proxy
 * is the host application's.
 */
public record ConfigureServerEdgeProxyInput(String serverId, ProxyKind proxyKind, String idempotencyKey,
                                            Integer httpPort, Integer adminPort) {

    public static ConfigureServerEdgeProxyInput of(String serverId, ProxyKind kind) {
        return new ConfigureServerEdgeProxyInput(serverId, kind, null, null, null);
    }

    public ConfigureServerEdgeProxyInput withPorts(Integer http, Integer admin) {
        return new ConfigureServerEdgeProxyInput(serverId, proxyKind, idempotencyKey, http, admin);
    }
}
