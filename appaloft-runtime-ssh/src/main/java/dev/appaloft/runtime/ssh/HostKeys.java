package dev.appaloft.runtime.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
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
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        return fingerprint(blob);
    }

    static String fingerprint(byte[] publicKeyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKeyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
