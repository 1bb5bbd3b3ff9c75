package dev.appaloft.runtime.ssh;

import java.util.Objects;

/**
 * Where and as whom to connect. {@code trustedHostKey} is the host key fingerprint recorded for
 * the server ({@code SHA256:...}); null means none is recorded yet and the first one seen is
 * trusted (and reported, so the caller can record it). {@code key} is a configured key, or
 * {@link SshLogin#LOCAL} for the control plane user's own identities.
 */
public record SshTarget(String host, int port, String username, SshLogin key, String trustedHostKey) {

    public SshTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(key, "key");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
    }

    public SshTarget withTrustedHostKey(String fingerprint) {
        return new SshTarget(host, port, username, key, fingerprint);
    }

    /** What must match for a pooled connection to be reused: a rotated key or a new address means a new one. */
    String identity() {
        String login = key instanceof SshKey ? Integer.toHexString(key.hashCode()) : "local";
        return username + "@" + host + ":" + port + "#" + login
                + "#" + trustedHostKey;
    }
}
