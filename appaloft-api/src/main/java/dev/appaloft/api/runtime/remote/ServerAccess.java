package dev.appaloft.api.runtime.remote;

import java.util.Objects;

/**
 * How to reach and log in to one server, read at the moment of use (so a rotated key applies at
 * once). {@code trustedHostKey} is the recorded fingerprint, null until the first connection;
 * {@code privateKey} null means no key is configured. The key and passphrase never show in the
 * string form. {@code edgeProxy} is the server's proxy as configured, null when it runs none.
 */
public record ServerAccess(String serverId, String host, int port, String username, String privateKey,
                           String passphrase, String trustedHostKey, EdgeProxySettings edgeProxy) {

    public ServerAccess(String serverId, String host, int port, String username, String privateKey,
                        String passphrase, String trustedHostKey) {
        this(serverId, host, port, username, privateKey, passphrase, trustedHostKey, null);
    }

    public ServerAccess {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(host, "host");
    }

    @Override
    public String toString() {
        return "ServerAccess[" + serverId + ": " + username + "@" + host + ":" + port + ", key="
                + (privateKey == null ? "none" : "***") + "]";
    }
}
