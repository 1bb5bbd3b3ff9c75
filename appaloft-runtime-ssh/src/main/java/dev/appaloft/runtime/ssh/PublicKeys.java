package dev.appaloft.runtime.ssh;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordUtils;

/** The public half of a private key, as the line a person adds to {@code authorized_keys}. */
final class PublicKeys {

    private PublicKeys() {
    }

    /** Empty when the key cannot be read (not a key, or the passphrase is wrong). */
    static Optional<String> authorizedKeyLine(SshKey key) {
        try (SSHClient parser = new SSHClient()) {
            KeyProvider keys = parser.loadKeys(key.privateKey(), null,
                    key.passphrase() == null ? null : PasswordUtils.createOneOff(key.passphrase().toCharArray()));
            PublicKey pub = keys.getPublic();
            byte[] blob = new Buffer.PlainBuffer().putPublicKey(pub).getCompactData();
            return Optional.of(KeyType.fromKey(pub) + " " + Base64.getEncoder().encodeToString(blob));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
