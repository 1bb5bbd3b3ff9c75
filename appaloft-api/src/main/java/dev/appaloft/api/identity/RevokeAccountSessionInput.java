package dev.appaloft.api.identity;

/** {@code account.revokeSession}: ends one of the caller's sessions at once. */
public record RevokeAccountSessionInput(String sessionId, String idempotencyKey) {
}
