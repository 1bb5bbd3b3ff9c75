package dev.appaloft.api.identity;

public record RevokedSession(String sessionId, String revokedAt) {
}
