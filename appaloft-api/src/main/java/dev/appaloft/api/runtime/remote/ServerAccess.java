package dev.appaloft.api.runtime.remote;

import java.util.Objects;

/**
 * How to reach and log in to one server, read at the moment of use (so a rotated key applies at
 * once). {@code trustedHostKey} is the recorded fingerprint, null until the first connection;
 * {@code privateKey} null means no key is configured, unless {@code localLogin}: then the server
 * logs in with the identities of the user running the control plane (credential kind
 * {@code local-ssh-agent}: the SSH agent, then the default key files). The key and passphrase never
 * show in the string form. {@code edgeProxy} is the server's proxy as configured, null when it runs none.
 */
public record ServerAccess(String serverId, String host, int port, String username, String privateKey,
                           String passphrase, String trustedHostKey, EdgeProxySettings edgeProxy,
                           boolean localLogin) {

    public ServerAccess(String serverId, String host, int port, String username, String privateKey,
                        String passphrase, String trustedHostKey) {
        this(serverId, host, port, username, privateKey, passphrase, trustedHostKey, null);
    }

    public ServerAccess(String serverId, String host, int port, String username, String privateKey,
                        String passphrase, String trustedHostKey, EdgeProxySettings edgeProxy) {
        this(serverId, host, port, username, privateKey, passphrase, trustedHostKey, edgeProxy, false);
    }

    public ServerAccess {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String toString() {
        return "ServerAccess[" + serverId + ": " + username + "@" + host + ":" + port + ", key="
                + (privateKey != null ? "***" : localLogin ? "local" : "none") + "]";
    }
}
