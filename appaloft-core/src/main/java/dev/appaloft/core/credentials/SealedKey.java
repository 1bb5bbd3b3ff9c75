package dev.appaloft.core.credentials;

import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.core.secrets.SecretBox;

/**
 * A private key as stored: what it is in the clear (type, public key, fingerprint), the key
 * itself and its passphrase sealed by the secret box. {@code passphrase} is null for a key that
 * is not encrypted.
 */
public record SealedKey(SshKeyType type, String publicKey, String fingerprint, String privateKey, String passphrase) {

    public String openPrivateKey(SecretBox box) {
        return box.open(privateKey);
    }

    public String openPassphrase(SecretBox box) {
        return passphrase == null ? null : box.open(passphrase);
    }

    @Override
    public String toString() {
        return "SealedKey[" + type.wire() + " " + fingerprint + "]";
    }
}
