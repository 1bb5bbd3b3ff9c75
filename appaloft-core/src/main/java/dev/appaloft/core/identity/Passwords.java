package dev.appaloft.core.identity;

import dev.appaloft.core.internal.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (memory-hard) from BouncyCastle, stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so the cost can be raised later and old
 * hashes still verify. The default cost is OWASP's recommended minimum for Argon2id.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 8;
    /** Argon2 reads the whole password: a bound keeps a huge one from costing a request more than it should. */
    public static final int MAX_LENGTH = 256;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final char[] GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /** Verified against when no account matches, so a wrong email costs what a wrong password costs. */
    private final String decoy;

    public Passwords(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.decoy = hash("decoy password that matches nobody");
    }

    public static Passwords standard() {
        return new Passwords(19_456, 2, 1);
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code encoded}; false for anything that is not a hash of ours. */
    public boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String param : parts[3].split(",")) {
                int value = Integer.parseInt(param.substring(2));
                switch (param.charAt(0)) {
                    case 'm' -> m = value;
                    case 't' -> t = value;
                    case 'p' -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] expected = B64D.decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, B64D.decode(parts[4]), m, t, p));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Does the work of a verification for a caller without an account, and fails. */
    public boolean verifyDecoy(String password) {
        verify(password == null ? "" : password, decoy);
        return false;
    }

    /** A password for a first admin who gave none: 24 characters from a 32-letter alphabet (120 bits). */
    public static String generate() {
        StringBuilder sb = new StringBuilder("aplt-admin-");
        for (int i = 0; i < 24; i++) {
            sb.append(GENERATED_ALPHABET[RANDOM.nextInt(GENERATED_ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Checks a new password's length (the only rule: long passphrases beat composition rules). */
    public static void check(Validation v, String field, String password) {
        if (password == null) {
            v.required(field, null);
            return;
        }
        v.check(password.length() >= MIN_LENGTH, field, field + " must be at least " + MIN_LENGTH + " characters");
        v.check(password.length() <= MAX_LENGTH, field, field + " must be at most " + MAX_LENGTH + " characters");
    }

    private static byte[] derive(String password, byte[] salt, int m, int t, int p) {
        if (m < 8 || m > 1_048_576 || t < 1 || t > 16 || p < 1 || p > 16) {
            throw new IllegalArgumentException("argon2 parameters out of range");
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
