package dev.appaloft.api.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * A public key in the SSH wire encoding: its algorithm ({@code ssh-ed25519}, {@code ssh-rsa},
 * {@code ecdsa-sha2-nistp256}, ...) and the base64 of its blob, as one line of
 * {@code authorized_keys} holds it.
 */
public record SshPublicKey(String algorithm, String base64) {

    public SshPublicKey {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(base64, "base64");
    }

    /** The key of an SSH wire blob (its first field names the algorithm). */
    public static SshPublicKey ofBlob(byte[] blob) {
        return new SshPublicKey(algorithmOf(blob), Base64.getEncoder().encodeToString(blob));
    }

    /**
     * Reads an {@code authorized_keys}-style line ({@code <algorithm> <base64> [comment]}).
     *
     * @throws IllegalArgumentException when it is not one, or the blob names another algorithm
     */
    public static SshPublicKey parse(String line) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length < 2) {
            throw new IllegalArgumentException("a public key is written \"<algorithm> <base64> [comment]\"");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key's body is not base64");
        }
        String algorithm = algorithmOf(blob);
        if (!algorithm.equals(parts[0])) {
            throw new IllegalArgumentException("the public key says " + parts[0] + " but holds a " + algorithm + " key");
        }
        return ofBlob(blob);
    }

    /** The line {@code authorized_keys} takes, without a comment. */
    public String openSsh() {
        return algorithm + " " + base64;
    }

    /** OpenSSH's fingerprint ({@code ssh-keygen -l}): {@code SHA256:} and the unpadded base64 of the blob's digest. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String algorithmOf(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        if (in.remaining() < 4) {
            throw new IllegalArgumentException("the public key blob is too short");
        }
        int length = in.getInt();
        if (length <= 0 || length > 64 || length > in.remaining()) {
            throw new IllegalArgumentException("the public key blob does not start with an algorithm name");
        }
        byte[] name = new byte[length];
        in.get(name);
        String algorithm = new String(name, StandardCharsets.US_ASCII);
        if (!algorithm.matches("[a-z0-9@.-]+")) {
            throw new IllegalArgumentException("the public key blob does not start with an algorithm name");
        }
        return algorithm;
    }
}
