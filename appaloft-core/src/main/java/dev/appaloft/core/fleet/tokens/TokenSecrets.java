package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.fleet.TokenKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Raw tokens: the kind's prefix and 256 random bits as 64 hex characters; stored as SHA-256 hex. */
public final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TokenSecrets() {
    }

    public static String generate(TokenKind kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return kind.prefix() + HEX.formatHex(bytes);
    }

    public static String hash(String raw) {
        return HEX.formatHex(sha256(raw));
    }

    /** Compares two hex digests in constant time. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    public static String keyPrefix(String raw) {
        return raw.substring(0, Math.min(12, raw.length()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
