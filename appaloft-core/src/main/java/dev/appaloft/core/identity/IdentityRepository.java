package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.deploytokens.DeployTokenStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.InvitationStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.Repository;
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

    static final String ROLE = "role";
    static final String EXPIRES_AT = "expires_at";
    static final String TOKEN_RESOURCES = "resource_ids";
    static final String TOKEN_REPOSITORIES = "repository_full_names";

    public static final Repository<User> USERS = Repository.of(StoreCollections.USERS, User.class)
            .id(User::id).createdAt(User::createdAt)
            .index(u -> DocumentIndex.NONE.with(IndexFields.STATUS, u.deleted() ? "deleted" : "active"))
            .keys(u -> u.deleted() ? Set.of() : Set.of(emailKey(u.email())))
            .build();
    // an organization indexes its own id, so "this organization" is the same query as for its records
    public static final Repository<Organization> ORGANIZATIONS = Repository
            .of(StoreCollections.ORGANIZATIONS, Organization.class)
            .id(Organization::id).createdAt(Organization::createdAt).organization(Organization::id)
            .index(o -> DocumentIndex.NONE.with(IndexFields.STATUS, o.deleted() ? "deleted" : "active"))
            .keys(o -> o.deleted() ? Set.of() : Set.of("slug:" + o.slug()))
            .build();
    public static final Repository<Membership> MEMBERSHIPS = Repository
            .of(StoreCollections.MEMBERSHIPS, Membership.class)
            .id(Membership::id).createdAt(Membership::joinedAt).organization(Membership::organizationId)
            .index(m -> DocumentIndex.NONE.with(ROLE, m.role().wire()))
            .keys(m -> Set.of(Membership.key(m.organizationId(), m.userId())))
            .notFound(id -> AppaloftException.notFound("member", id))
            .build();
    public static final Repository<Invitation> INVITATIONS = Repository
            .of(StoreCollections.INVITATIONS, Invitation.class)
            .id(Invitation::id).createdAt(Invitation::createdAt).organization(Invitation::organizationId)
            .index(i -> DocumentIndex.NONE.with(IndexFields.STATUS, i.status().wire())
                    .with(EXPIRES_AT, i.expiresAt().toEpochMilli()))
            .keys(i -> i.status() == InvitationStatus.PENDING ? Set.of(TokenSecrets.lookupKey(i.tokenHash())) : Set.of())
            .notFound(id -> AppaloftException.notFound("invitation", id))
            .build();
    public static final Repository<UserSession> SESSIONS = Repository
            .of(StoreCollections.SESSIONS, UserSession.class)
            .id(UserSession::id).createdAt(UserSession::createdAt)
            .index(s -> DocumentIndex.NONE.with(IndexFields.STATUS, s.revokedAt() == null ? "active" : "revoked"))
            .keys(s -> s.revokedAt() == null ? Set.of(TokenSecrets.lookupKey(s.tokenHash())) : Set.of())
            .build();
    public static final Repository<DeployToken> DEPLOY_TOKENS = Repository
            .of(StoreCollections.DEPLOY_TOKENS, DeployToken.class)
            .id(DeployToken::id).createdAt(DeployToken::createdAt).organization(DeployToken::organizationId)
            .index(t -> DocumentIndex.NONE.with(IndexFields.STATUS, t.status().wire())
                    .with(TOKEN_RESOURCES, Set.copyOf(t.scope().resourceIds()))
                    .with(TOKEN_REPOSITORIES, Set.copyOf(t.scope().repositoryFullNames())))
            .keys(t -> t.status() == DeployTokenStatus.ACTIVE ? Set.of(TokenSecrets.lookupKey(t.tokenHash())) : Set.of())
            .notFound(id -> AppaloftException.notFound("deploy token", id))
            .build();

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
        return MEMBERSHIPS.require(reader, organizationId, memberId);
    }

    public static List<Versioned<Membership>> members(StoreReader reader, String organizationId) {
        return MEMBERSHIPS.query(reader, MEMBERSHIPS.scope(organizationId));
    }

    public static long owners(StoreReader reader, String organizationId) {
        return MEMBERSHIPS.count(reader, MEMBERSHIPS.scope(organizationId).anyOf(ROLE, Set.of(Actor.Role.OWNER.wire())));
    }

    public static Versioned<DeployToken> requireToken(StoreReader reader, Actor actor, String organizationId,
                                                      String tokenId) {
        requireCurrentId(actor, organizationId);
        return DEPLOY_TOKENS.require(reader, actor.organizationId(), tokenId);
    }
}
