package dev.appaloft.api.runtime.probe;

import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import java.util.Objects;

/**
 * A server to probe and how to log in. {@code serverKey} names it for connection reuse (a saved
 * server's id, or a one-off key for a draft); {@code trustedHostKey} is the recorded fingerprint,
 * null when none is yet; {@code edgeProxy} the server's proxy as configured (null for a draft or a
 * server with none). {@code localLogin}: no key is given, the server logs in with the identities
 * of the user running the control plane (its SSH agent, then its default key files). The private
 * key and passphrase are secrets: the string form hides them.
 */
public record ProbeTarget(String serverKey, String host, int port, String username, String privateKey,
                          String passphrase, String trustedHostKey, EdgeProxySettings edgeProxy,
                          boolean localLogin) {

    public ProbeTarget(String serverKey, String host, int port, String username, String privateKey,
                       String passphrase, String trustedHostKey) {
        this(serverKey, host, port, username, privateKey, passphrase, trustedHostKey, null);
    }

    public ProbeTarget(String serverKey, String host, int port, String username, String privateKey,
                       String passphrase, String trustedHostKey, EdgeProxySettings edgeProxy) {
        this(serverKey, host, port, username, privateKey, passphrase, trustedHostKey, edgeProxy, false);
    }

    public ProbeTarget {
        Objects.requireNonNull(serverKey, "serverKey");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
    }

    @Override
    public String toString() {
        return "ProbeTarget[" + username + "@" + host + ":" + port + ", key=***]";
    }
}
