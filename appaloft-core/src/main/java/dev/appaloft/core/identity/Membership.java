package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import java.time.Instant;

/** A user's role in one organization. */
public record Membership(String id, String organizationId, String userId, Actor.Role role, Instant joinedAt) {

    public Membership withRole(Actor.Role newRole) {
        return new Membership(id, organizationId, userId, newRole, joinedAt);
    }

    public boolean isOwner() {
        return role == Actor.Role.OWNER;
    }

    static String key(String organizationId, String userId) {
        return "member:" + organizationId + ":" + userId;
    }
}
