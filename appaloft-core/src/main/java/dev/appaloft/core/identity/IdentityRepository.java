package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.deploytokens.DeployTokenStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.InvitationStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.AggregateCollection;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The identity aggregates in the store and the lookups every identity handler shares. Reads of
 * organization-owned records take the caller's organization: another organization's record
 * reads as absent (404), so ids do not leak.
 */
final class IdentityRepository {

    public static final AggregateCollection<User> USERS = new AggregateCollection<>(StoreCollections.USERS, User.class,
            User::id, User::createdAt, u -> DocumentIndex.NONE.withStatus(u.deleted() ? "deleted" : "active"),
            u -> u.deleted() ? Set.of() : Set.of(emailKey(u.email())));
    public static final AggregateCollection<Organization> ORGANIZATIONS = new AggregateCollection<>(
            StoreCollections.ORGANIZATIONS, Organization.class, Organization::id, Organization::createdAt,
            o -> DocumentIndex.ofOrganization(o.id()).withStatus(o.deleted() ? "deleted" : "active"),
            o -> o.deleted() ? Set.of() : Set.of("slug:" + o.slug()));
    public static final AggregateCollection<Membership> MEMBERSHIPS = new AggregateCollection<>(
            StoreCollections.MEMBERSHIPS, Membership.class, Membership::id, Membership::joinedAt,
            m -> DocumentIndex.ofOrganization(m.organizationId()).withStatus(m.role().wire()),
            m -> Set.of(Membership.key(m.organizationId(), m.userId())));
    public static final AggregateCollection<Invitation> INVITATIONS = new AggregateCollection<>(
            StoreCollections.INVITATIONS, Invitation.class, Invitation::id, Invitation::createdAt,
            i -> DocumentIndex.ofOrganization(i.organizationId()).withStatus(i.status().wire()),
            i -> i.status() == InvitationStatus.PENDING ? Set.of(TokenSecrets.lookupKey(i.tokenHash())) : Set.of());
    public static final AggregateCollection<UserSession> SESSIONS = new AggregateCollection<>(
            StoreCollections.SESSIONS, UserSession.class, UserSession::id, UserSession::createdAt,
            s -> DocumentIndex.NONE.withStatus(s.revokedAt() == null ? "active" : "revoked"),
            s -> s.revokedAt() == null ? Set.of(TokenSecrets.lookupKey(s.tokenHash())) : Set.of());
    public static final AggregateCollection<DeployToken> DEPLOY_TOKENS = new AggregateCollection<>(
            StoreCollections.DEPLOY_TOKENS, DeployToken.class, DeployToken::id, DeployToken::createdAt,
            t -> DocumentIndex.ofOrganization(t.organizationId()).withStatus(t.status().wire()),
            t -> t.status() == DeployTokenStatus.ACTIVE ? Set.of(TokenSecrets.lookupKey(t.tokenHash())) : Set.of());

    private IdentityRepository() {
    }

    public static String emailKey(String email) {
        return "email:" + User.normalize(email);
    }

    public static Optional<Versioned<User>> user(StoreReader reader, String userId) {
        return USERS.find(reader, userId).filter(u -> !u.value().deleted());
    }

    public static Optional<Versioned<User>> userByEmail(StoreReader reader, String email) {
        return USERS.findByKey(reader, emailKey(email));
    }

    /** The caller's own user record; credentials that are not a user's cannot use account operations. */
    public static Versioned<User> requireSelf(StoreReader reader, Actor actor) {
        if (actor.kind() != Actor.Kind.USER) {
            throw new AppaloftException(IdentityErrors.ACCOUNT_REQUIRED,
                    "this credential has no user account; sign in as a user");
        }
        return user(reader, actor.id()).orElseThrow(() -> AppaloftException.notFound("user", actor.id()));
    }

    public static Optional<Versioned<Organization>> organization(StoreReader reader, String organizationId) {
        return ORGANIZATIONS.find(reader, organizationId).filter(o -> !o.value().deleted());
    }

    /** The caller's current organization, when {@code organizationId} names it; any other reads as absent. */
    public static Versioned<Organization> requireCurrent(StoreReader reader, Actor actor, String organizationId) {
        if (organizationId == null || !organizationId.equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", String.valueOf(organizationId));
        }
        return organization(reader, organizationId)
                .orElseThrow(() -> AppaloftException.notFound("organization", organizationId));
    }

    /** Checks that an organization id in the input is the caller's (no lookup: tokens of the organization follow). */
    public static void requireCurrentId(Actor actor, String organizationId) {
        if (organizationId != null && !organizationId.equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", organizationId);
        }
    }

    public static Optional<Versioned<Membership>> membership(StoreReader reader, String organizationId, String userId) {
        return MEMBERSHIPS.findByKey(reader, Membership.key(organizationId, userId));
    }

    public static Versioned<Membership> requireMember(StoreReader reader, String organizationId, String memberId) {
        return MEMBERSHIPS.find(reader, memberId).filter(m -> m.value().organizationId().equals(organizationId))
                .orElseThrow(() -> AppaloftException.notFound("member", memberId));
    }

    public static List<Versioned<Membership>> members(StoreReader reader, String organizationId) {
        return MEMBERSHIPS.query(reader, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)));
    }

    public static long owners(StoreReader reader, String organizationId) {
        return MEMBERSHIPS.count(reader, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .withStatus(Actor.Role.OWNER.wire())));
    }

    public static Versioned<DeployToken> requireToken(StoreReader reader, Actor actor, String organizationId,
                                                      String tokenId) {
        requireCurrentId(actor, organizationId);
        return DEPLOY_TOKENS.find(reader, tokenId).filter(t -> t.value().organizationId().equals(actor.organizationId()))
                .orElseThrow(() -> AppaloftException.notFound("deploy token", tokenId));
    }
}
