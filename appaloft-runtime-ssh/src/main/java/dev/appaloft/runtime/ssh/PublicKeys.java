package dev.appaloft.runtime.ssh;

import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.runtime.ssh.keys.PrivateKeys;
import java.util.Optional;

/** The public half of a private key, as the line a person adds to {@code authorized_keys}. */
final class PublicKeys {

    private PublicKeys() {
    }

    /** Empty when the key cannot be read (not a key, or the passphrase is wrong). */
    static Optional<String> authorizedKeyLine(SshKey key) {
        try {
            return Optional.of(PrivateKeys.open(key.privateKey(), key.passphrase()).info().publicKey().openSsh());
        } catch (SshKeyException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
