package dev.appaloft.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Bearer secrets: 256 random bits as 64 hex characters behind a prefix that says what they are
 * (so secret scanners and the authenticator recognise them). Only the SHA-256 of a secret is
 * stored; it is looked up by that hash and compared in constant time.
 */
public final class TokenSecrets {

    public static final String SESSION_PREFIX = "aplt_ses_";
    public static final String DEPLOY_TOKEN_PREFIX = "aplt_dt_";
    public static final String INVITATION_PREFIX = "aplt_inv_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TokenSecrets() {
    }

    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + HEX.formatHex(bytes);
    }

    /** Whether {@code token} has the shape of a secret made with {@code prefix} (cheap pre-check). */
    public static boolean looksLike(String token, String prefix) {
        if (token == null || token.length() != prefix.length() + 64 || !token.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** The stored verifier of a secret: {@code sha256:<hex>}. */
    public static String hash(String token) {
        try {
            return "sha256:" + HEX.formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unique key a stored secret is found by. */
    public static String lookupKey(String hash) {
        return "token:" + hash;
    }

    public static boolean matches(String storedHash, String presentedHash) {
        return storedHash != null && MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                presentedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The last 8 characters, shown in lists so an operator can tell tokens apart. */
    public static String suffix(String token) {
        return token.substring(token.length() - 8);
    }
}
