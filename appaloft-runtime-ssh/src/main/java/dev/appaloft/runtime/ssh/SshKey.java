package dev.appaloft.runtime.ssh;

import java.util.Objects;

/**
 * A private key as OpenSSH or PEM text, with its passphrase when it has one. Both are secrets: the
 * string form never shows them.
 */
public record SshKey(String privateKey, String passphrase) implements SshLogin {

    public SshKey {
        Objects.requireNonNull(privateKey, "privateKey");
    }

    public static SshKey of(String privateKey) {
        return new SshKey(privateKey, null);
    }

    @Override
    public String toString() {
        return "SshKey[***]";
    }
}
