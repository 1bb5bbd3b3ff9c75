package dev.appaloft.core.identity;

import java.time.Instant;

/** A signed-in session: its token is stored only as a hash; it acts in {@code organizationId}. */
public record UserSession(String id, String userId, String organizationId, String tokenHash, String clientKind,
                          String ipAddress, String userAgent, Instant createdAt, Instant expiresAt,
                          Instant lastActiveAt, Instant revokedAt) {

    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public UserSession revoke(Instant now) {
        return new UserSession(id, userId, organizationId, tokenHash, clientKind, ipAddress, userAgent, createdAt,
                expiresAt, lastActiveAt, now);
    }

    public UserSession inOrganization(String value) {
        return new UserSession(id, userId, value, tokenHash, clientKind, ipAddress, userAgent, createdAt, expiresAt,
                lastActiveAt, revokedAt);
    }

    public UserSession activeAt(Instant now) {
        return new UserSession(id, userId, organizationId, tokenHash, clientKind, ipAddress, userAgent, createdAt,
                expiresAt, now, revokedAt);
    }

    @Override
    public String toString() {
        return "UserSession[" + id + ", " + userId + "]";
    }
}
