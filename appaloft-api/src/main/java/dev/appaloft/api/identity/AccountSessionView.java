package dev.appaloft.api.identity;


/** One session of the signed-in user (never its token). */
public record AccountSessionView(String sessionId, String userId, String clientKind, String displayName,
                                 String createdAt, String expiresAt, String ipAddress, String userAgent,
                                 Boolean current, String lastActiveAt) {
}
