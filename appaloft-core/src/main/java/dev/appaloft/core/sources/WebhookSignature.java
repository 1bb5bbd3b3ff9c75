package dev.appaloft.core.sources;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 webhook signatures as GitHub sends them ({@code sha256=<64 hex>}; a bare hex digest
 * is accepted too). Verification compares digests in constant time, so a forger learns nothing
 * from how long a wrong guess took.
 */
public final class WebhookSignature {

    /** What a signature header says about a body. */
    public enum Check { MISSING, MALFORMED, MISMATCH, VALID }

    private static final String PREFIX = "sha256=";
    private static final int DIGEST_BYTES = 32;

    private WebhookSignature() {
    }

    /** The header value a sender with {@code secret} puts on {@code body}: {@code sha256=<hex>}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    public static Check verify(String secret, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return Check.MISSING;
        }
        byte[] supplied = parse(header);
        if (supplied == null) {
            return Check.MALFORMED;
        }
        return MessageDigest.isEqual(hmac(secret, body), supplied) ? Check.VALID : Check.MISMATCH;
    }

    /** The 32 digest bytes of {@code sha256=<hex>} or {@code <hex>} (any case), or null when it is neither. */
    static byte[] parse(String header) {
        String value = header.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith(PREFIX)) {
            value = value.substring(PREFIX.length());
        }
        if (value.length() != DIGEST_BYTES * 2) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return HexFormat.of().parseHex(value);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
