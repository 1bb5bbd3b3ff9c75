package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.identity.InvitationStatus;
import java.time.Instant;

/**
 * An invitation to join an organization with a role: a secret token (stored as its hash) with
 * an expiry, accepted once by signing up or in with it.
 */
public record Invitation(String id, String organizationId, String email, Actor.Role role, InvitationStatus status,
                         String tokenHash, String inviterUserId, Instant createdAt, Instant expiresAt,
                         Instant closedAt, String acceptedByUserId) {

    /** What a reader sees: a pending invitation past its expiry is expired. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    public Invitation accept(String userId, Instant now) {
        return new Invitation(id, organizationId, email, role, InvitationStatus.ACCEPTED, tokenHash, inviterUserId,
                createdAt, expiresAt, now, userId);
    }

    public Invitation revoke(Instant now) {
        return new Invitation(id, organizationId, email, role, InvitationStatus.REVOKED, tokenHash, inviterUserId,
                createdAt, expiresAt, now, null);
    }

    @Override
    public String toString() {
        return "Invitation[" + id + ", " + organizationId + ", " + status + "]";
    }
}
