package dev.appaloft.core.identity;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.identity.AccountProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person who signs in. Users belong to the instance, not to one organization: their
 * memberships say where they may act. The user keeps the ids of its organizations and sessions
 * (the store indexes documents by organization, not by user), changed in the same unit of work
 * as the memberships and sessions themselves.
 */
public record User(String id, String email, String displayName, String avatarUrl, String passwordHash,
                   boolean emailVerified, boolean deleted, List<String> organizationIds, String lastOrganizationId,
                   List<String> sessionIds, Instant createdAt, Instant updatedAt) {

    /** Sessions a user may hold at once; signing in past it ends the oldest. */
    public static final int MAX_SESSIONS = 20;

    public User {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
    }

    public static User create(String id, String email, String displayName, String passwordHash, Instant now) {
        return new User(id, normalize(email), displayName, null, passwordHash, false, false, List.of(), null,
                List.of(), now, now);
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public User joined(String organizationId, Instant now) {
        List<String> orgs = new ArrayList<>(organizationIds);
        if (!orgs.contains(organizationId)) {
            orgs.add(organizationId);
        }
        return new User(id, email, displayName, avatarUrl, passwordHash, emailVerified, deleted, orgs,
                lastOrganizationId == null ? organizationId : lastOrganizationId, sessionIds, createdAt, now);
    }

    public User left(String organizationId, Instant now) {
        List<String> orgs = new ArrayList<>(organizationIds);
        orgs.remove(organizationId);
        String last = organizationId.equals(lastOrganizationId) ? (orgs.isEmpty() ? null : orgs.get(0)) : lastOrganizationId;
        return new User(id, email, displayName, avatarUrl, passwordHash, emailVerified, deleted, orgs, last,
                sessionIds, createdAt, now);
    }

    public User withSessions(List<String> ids, Instant now) {
        return new User(id, email, displayName, avatarUrl, passwordHash, emailVerified, deleted, organizationIds,
                lastOrganizationId, ids, createdAt, now);
    }

    public User switchedTo(String organizationId, Instant now) {
        return new User(id, email, displayName, avatarUrl, passwordHash, emailVerified, deleted, organizationIds,
                organizationId, sessionIds, createdAt, now);
    }

    public User profile(String newDisplayName, String newAvatarUrl, Instant now) {
        return new User(id, email, newDisplayName, newAvatarUrl, passwordHash, emailVerified, deleted, organizationIds,
                lastOrganizationId, sessionIds, createdAt, now);
    }

    /** A tombstone: no password, no sessions, no memberships; its email is free again. */
    public User delete(Instant now) {
        return new User(id, "deleted:" + id, displayName, null, null, emailVerified, true, List.of(), null, List.of(),
                createdAt, now);
    }

    /** The organization a new session starts in: the last one used, else the first joined. */
    public String homeOrganizationId() {
        if (lastOrganizationId != null && organizationIds.contains(lastOrganizationId)) {
            return lastOrganizationId;
        }
        return organizationIds.isEmpty() ? null : organizationIds.get(0);
    }

    public AccountProfile profile() {
        return new AccountProfile(id, email, displayName, avatarUrl, emailVerified, Timestamps.format(createdAt),
                Timestamps.format(updatedAt));
    }

    @Override
    public String toString() {
        return "User[" + id + "]";
    }
}
