package dev.appaloft.api.servers;

/**
 * {@code servers.create}: registers a deployment target. {@code local-shell} is this host's own
 * Docker engine, {@code generic-ssh} a server reached over SSH. Port defaults to 22, the target
 * kind to single-server and the proxy to traefik (which this product runs with Caddy).
 */
public record CreateServerInput(String name, String host, String providerKey, TargetKind targetKind, Long port,
                                ProxyKind proxyKind) {

    public static CreateServerInput localShell(String name) {
        return new CreateServerInput(name, "localhost", "local-shell", null, null, null);
    }
}
