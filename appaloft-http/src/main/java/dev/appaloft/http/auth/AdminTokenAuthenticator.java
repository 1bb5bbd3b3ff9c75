package dev.appaloft.http.auth;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The standalone server's operator credential: {@code Authorization: Bearer <admin token>}.
 * Only a SHA-256 digest of the token is kept, and digests are compared in constant time.
 */
public final class AdminTokenAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";

    private final byte[] tokenDigest;

    public AdminTokenAuthenticator(String token) {
        if (token == null || token.length() < 32) {
            throw new IllegalArgumentException("the admin token must be at least 32 characters");
        }
        this.tokenDigest = sha256(token);
    }

    @Override
    public Actor authenticate(String authorization, String cookies) {
        if (authorization == null || authorization.isBlank()) {
            throw new AppaloftException(ErrorCode.UNAUTHORIZED, "authentication is required");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(BEARER.length()).trim()))) {
            throw new AppaloftException(ErrorCode.INVALID_CREDENTIALS, "the credentials are not valid");
        }
        return Actor.operator();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
