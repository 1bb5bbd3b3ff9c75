package dev.appaloft.runtime.ssh;

import dev.appaloft.api.ssh.SshPublicKey;
import java.security.PublicKey;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Trust on first use: with no recorded fingerprint the presented host key is accepted and kept
 * for the caller to record; with one, only that key is accepted. Fingerprints are OpenSSH's
 * {@code SHA256:<base64, unpadded>} form, so a person can compare them with {@code ssh-keygen -lf}.
 */
final class HostKeys implements HostKeyVerifier {

    private final String trusted;
    private volatile String presented;

    HostKeys(String trusted) {
        this.trusted = trusted;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        presented = fingerprint(key);
        return trusted == null || trusted.equals(presented);
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        return List.of();
    }

    /** The fingerprint the server presented in the last handshake, or null before one. */
    String presented() {
        return presented;
    }

    static String fingerprint(PublicKey key) {
        return SshPublicKey.ofBlob(new Buffer.PlainBuffer().putPublicKey(key).getCompactData()).fingerprint();
    }
}
