package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.identity.AccountProfile;
import java.time.Instant;

/** A live session as its holder sees it (never its token), and the actor it acts as. */
public record SessionInfo(String sessionId, String userId, String organizationId, Instant createdAt,
                          Instant expiresAt, String ipAddress, String userAgent, AccountProfile user, Actor actor) {
}
