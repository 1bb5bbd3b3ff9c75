package dev.appaloft.api.ssh;

import java.util.Objects;

/**
 * What a private key is, as read: its type, its file format, whether it was encrypted (needed
 * the passphrase), and its public key. Holds nothing secret.
 */
public record SshKeyInfo(SshKeyType type, SshKeyFormat format, boolean encrypted, SshPublicKey publicKey) {

    public SshKeyInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
