package dev.appaloft.core.identity;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.identity.InvitationStatus;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in, sign-up by invitation, sign-out, and turning a bearer secret (a session token or a
 * deploy token) into an {@link Actor}. Outside the operation catalog: these are how a caller
 * gets an actor in the first place.
 *
 * <p>Token lookups are by the secret's SHA-256 (an indexed unique key) and cached for a few
 * seconds; every identity change in this process clears the cache at once, and another
 * process's changes (a revoked session, a removed member) take effect within {@link #CACHE_TTL}.
 */
public final class Authentication {

    public static final Duration CACHE_TTL = Duration.ofSeconds(5);
    /** lastActiveAt / lastUsedAt are written at most this often per session or token. */
    private static final Duration ACTIVITY_WRITE_INTERVAL = Duration.ofMinutes(5);

    private record Cached(Actor actor, Instant expiresAt) {
    }

    private final CoreContext ctx;
    private final Passwords passwords;
    private final Duration sessionTtl;
    private final SignInThrottle throttle = new SignInThrottle();
    /** Bumped by every invalidation, so a lookup that raced with one does not cache what it read. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Cache<String, Cached> cache = CacheBuilder.newBuilder()
            .maximumSize(10_000).expireAfterWrite(CACHE_TTL.toMillis(), TimeUnit.MILLISECONDS).build();

    public Authentication(CoreContext ctx, Passwords passwords, Duration sessionTtl) {
        this.ctx = ctx;
        this.passwords = passwords;
        this.sessionTtl = sessionTtl;
    }

    Passwords passwords() {
        return passwords;
    }

    /** Forgets every cached token: called after each identity change in this process. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    /**
     * Signs in with email and password; with an invitation token, also accepts that invitation
     * (it must be for this email). Wrong email and wrong password answer the same error after the
     * same hashing work; repeated failures are throttled per account and per client address.
     */
    public SignedIn signIn(String email, String password, String invitationToken, Actor.Origin origin) {
        Validation v = new Validation();
        v.required("email", email).required("password", password).throwIfInvalid();
        String address = origin == null ? null : origin.clientAddress();
        throttled(email, address);
        Optional<Versioned<User>> found = ctx.read(r -> IdentityRepository.userByEmail(r, email));
        boolean ok = found.isPresent()
                ? passwords.verify(password, found.get().value().passwordHash())
                : passwords.verifyDecoy(password);
        if (!ok) {
            throttle.failed(email, address, ctx.now());
            ctx.command(anonymous(origin), "auth.signIn", uow -> {
                uow.event("user.sign-in-failed", found.map(u -> u.value().id()).orElse("unknown"), Map.of());
                return null;
            });
            throw new AppaloftException(IdentityErrors.INVALID_EMAIL_OR_PASSWORD, "the email or password is not valid");
        }
        throttle.succeeded(email);
        String userId = found.get().value().id();
        SignedIn signedIn = ctx.command(anonymous(origin), "auth.signIn", uow -> {
            User user = IdentityRepository.user(uow.tx(), userId).orElseThrow(Authentication::invalidLogin).value();
            String organizationId = invitationToken == null ? user.homeOrganizationId()
                    : acceptInvitation(uow, user, invitationToken);
            return openSession(uow, userId, organizationId, origin);
        });
        invalidate();
        return signedIn;
    }

    /**
     * Creates an account from an invitation (this instance has no open registration: the first
     * admin comes from the bootstrap, everyone else by invitation) and signs it in.
     */
    public SignedIn signUp(String email, String password, String displayName, String invitationToken,
                           Actor.Origin origin) {
        Validation v = new Validation();
        String normalized = Emails.check(v, "email", email);
        Passwords.check(v, "password", password);
        String name = v.optionalText("name", displayName, 120);
        v.required("invitationToken", invitationToken).throwIfInvalid();
        throttled(email, origin == null ? null : origin.clientAddress());
        String hash = passwords.hash(password);
        SignedIn signedIn = ctx.command(anonymous(origin), "auth.signUp", uow -> {
            User user = User.create(Ids.next("usr"), normalized, name == null ? normalized : name, hash, uow.now());
            try {
                IdentityRepository.USERS.insert(uow.tx(), user, uow.now());
            } catch (StoreConflictException e) {
                throw new AppaloftException(IdentityErrors.EMAIL_TAKEN,
                        "an account with this email exists; sign in with the invitation instead");
            }
            uow.event("user.signed-up", user.id(), Map.of("email", user.email()));
            String organizationId = acceptInvitation(uow, user, invitationToken);
            return openSession(uow, user.id(), organizationId, origin);
        });
        invalidate();
        return signedIn;
    }

    /** Ends the session of {@code token}; false when it was not a live session. */
    public boolean signOut(String token, Actor.Origin origin) {
        if (!TokenSecrets.looksLike(token, TokenSecrets.SESSION_PREFIX)) {
            return false;
        }
        String hash = TokenSecrets.hash(token);
        Optional<Versioned<UserSession>> found = ctx.read(r -> liveSession(r, hash));
        if (found.isEmpty()) {
            return false;
        }
        UserSession session = found.get().value();
        ctx.command(Actor.user(session.userId(), session.organizationId(), Actor.Role.VIEWER).from(origin),
                "auth.signOut", uow -> {
                    Sessions.revoke(uow, session.userId(), session.id());
                    return null;
                });
        invalidate();
        return true;
    }

    /** The session a token belongs to, when it is live. */
    public Optional<SessionInfo> session(String token) {
        if (!TokenSecrets.looksLike(token, TokenSecrets.SESSION_PREFIX)) {
            return Optional.empty();
        }
        String hash = TokenSecrets.hash(token);
        return ctx.read(r -> liveSession(r, hash).flatMap(s -> describe(r, s.value())));
    }

    /**
     * The actor a bearer secret stands for: a user's session or a deploy token. Expired, revoked,
     * rotated and unknown secrets all answer the same 401.
     */
    public Actor authenticate(String token) {
        boolean session = TokenSecrets.looksLike(token, TokenSecrets.SESSION_PREFIX);
        if (!session && !TokenSecrets.looksLike(token, TokenSecrets.DEPLOY_TOKEN_PREFIX)) {
            throw invalidCredentials();
        }
        String hash = TokenSecrets.hash(token);
        Instant now = ctx.now();
        Cached cached = cache.getIfPresent(hash);
        if (cached == null) {
            long seen = generation.get();
            cached = session ? loadSession(hash, now) : loadDeployToken(hash, now);
            cache.put(hash, cached);
            if (generation.get() != seen) {
                // an identity change committed while we read: what we read may be stale
                cache.invalidate(hash);
            }
        }
        if (cached.actor() == null || !now.isBefore(cached.expiresAt())) {
            throw invalidCredentials();
        }
        return cached.actor();
    }

    /** A new organization with {@code user} as its owner (Better Auth's organization create). */
    public String createOrganization(Actor user, String name, String slug) {
        Versioned<User> self = ctx.read(r -> IdentityRepository.requireSelf(r, user));
        Validation v = new Validation();
        String cleanName = v.text("name", name, 120);
        String cleanSlug = slug == null || slug.isBlank() ? (cleanName == null ? null : dev.appaloft.core.projects.Slugs.of(cleanName))
                : OrganizationSlugs.check(v, "slug", slug);
        v.throwIfInvalid();
        // the founding is the new organization's history: its audit records belong to it, not to the
        // organization the creator acted in (whose admins would otherwise read another's ids)
        String newId = Ids.next("org");
        Actor founder = new Actor(user.kind(), user.id(), newId, Actor.Role.OWNER, user.scope(), user.origin());
        String id = ctx.command(founder, "organizations.create", uow -> {
            Organization org = Organization.create(newId, cleanName, cleanSlug, uow.now());
            try {
                IdentityRepository.ORGANIZATIONS.insert(uow.tx(), org, uow.now());
            } catch (StoreConflictException e) {
                throw OrganizationSlugs.taken(cleanSlug);
            }
            Memberships.join(uow, self.value().id(), org.id(), Actor.Role.OWNER);
            // the organization just created becomes the creator's current one
            Versioned<User> joined = IdentityRepository.USERS.find(uow.tx(), self.value().id()).orElseThrow();
            IdentityRepository.USERS.update(uow.tx(), joined, joined.value().switchedTo(org.id(), uow.now()), uow.now());
            if (user.sessionId() != null) {
                IdentityRepository.SESSIONS.find(uow.tx(), user.sessionId()).ifPresent(s -> IdentityRepository.SESSIONS
                        .update(uow.tx(), s, s.value().inOrganization(org.id()), uow.now()));
            }
            uow.event("organization.created", org.id(), Map.of("name", org.name(), "slug", org.slug()));
            return org.id();
        });
        invalidate();
        return id;
    }

    private void throttled(String email, String address) {
        Duration wait = throttle.waitBefore(email, address, ctx.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new AppaloftException(IdentityErrors.SIGN_IN_THROTTLED,
                    "too many failed sign-ins; try again in " + seconds + " s", List.of(),
                    Map.of("retryAfterSeconds", seconds), null);
        }
    }

    private String acceptInvitation(UnitOfWork uow, User user, String token) {
        Versioned<Invitation> invitation = Optional.ofNullable(token)
                .filter(t -> TokenSecrets.looksLike(t, TokenSecrets.INVITATION_PREFIX))
                .flatMap(t -> IdentityRepository.INVITATIONS.findByKey(uow.tx(),
                        TokenSecrets.lookupKey(TokenSecrets.hash(t))))
                .filter(i -> i.value().statusAt(uow.now()) == InvitationStatus.PENDING)
                .filter(i -> i.value().email().equals(user.email()))
                .orElseThrow(() -> new AppaloftException(IdentityErrors.INVITATION_INVALID,
                        "the invitation is not valid (unknown, expired, used, or for another email)"));
        Invitation value = invitation.value();
        if (IdentityRepository.organization(uow.tx(), value.organizationId()).isEmpty()) {
            throw new AppaloftException(IdentityErrors.INVITATION_INVALID, "the invitation's organization no longer exists");
        }
        IdentityRepository.INVITATIONS.update(uow.tx(), invitation, value.accept(user.id(), uow.now()), uow.now());
        if (IdentityRepository.membership(uow.tx(), value.organizationId(), user.id()).isEmpty()) {
            Memberships.join(uow, user.id(), value.organizationId(), value.role());
        }
        uow.event("invitation.accepted", value.id(), Map.of("organizationId", value.organizationId(),
                "userId", user.id(), "role", value.role().wire()));
        return value.organizationId();
    }

    private SignedIn openSession(UnitOfWork uow, String userId, String organizationId, Actor.Origin origin) {
        if (organizationId == null) {
            throw new AppaloftException(IdentityErrors.NO_ORGANIZATION,
                    "this account belongs to no organization; ask an admin for an invitation");
        }
        Versioned<User> user = IdentityRepository.user(uow.tx(), userId).orElseThrow(Authentication::invalidLogin);
        String token = TokenSecrets.generate(TokenSecrets.SESSION_PREFIX);
        Instant now = uow.now();
        String userAgent = origin == null ? null : truncate(origin.userAgent());
        UserSession session = new UserSession(Ids.next("ses"), userId, organizationId, TokenSecrets.hash(token),
                clientKind(userAgent), origin == null ? null : origin.clientAddress(), userAgent, now,
                now.plus(sessionTtl), now, null);
        IdentityRepository.SESSIONS.insert(uow.tx(), session, now);
        List<String> kept = new ArrayList<>();
        List<UserSession> live = new ArrayList<>();
        for (String id : user.value().sessionIds()) {
            IdentityRepository.SESSIONS.find(uow.tx(), id).filter(s -> s.value().liveAt(now)).ifPresent(s -> live.add(s.value()));
        }
        live.sort(Comparator.comparing(UserSession::createdAt));
        while (live.size() >= User.MAX_SESSIONS) {
            Sessions.revokeDocument(uow, live.remove(0).id());
        }
        live.forEach(s -> kept.add(s.id()));
        kept.add(session.id());
        User updated = user.value().withSessions(kept, now).switchedTo(organizationId, now);
        IdentityRepository.USERS.update(uow.tx(), user, updated, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sessionId", session.id());
        payload.put("organizationId", organizationId);
        uow.event("user.signed-in", userId, payload);
        return new SignedIn(token, describe(uow.tx(), session).orElseThrow(Authentication::invalidLogin));
    }

    private Optional<SessionInfo> describe(StoreReader reader, UserSession session) {
        Optional<Versioned<User>> user = IdentityRepository.user(reader, session.userId());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> actor = actorOf(reader, user.get().value(), session);
        return actor.map(a -> new SessionInfo(session.id(), session.userId(), a.organizationId(), session.createdAt(),
                session.expiresAt(), session.ipAddress(), session.userAgent(), user.get().value().profile(), a));
    }

    /** The session's organization, or (when the user was removed from it) their home organization. */
    private static Optional<Actor> actorOf(StoreReader reader, User user, UserSession session) {
        Optional<Versioned<Membership>> membership = IdentityRepository.membership(reader, session.organizationId(), user.id());
        if (membership.isEmpty() && user.homeOrganizationId() != null) {
            membership = IdentityRepository.membership(reader, user.homeOrganizationId(), user.id());
        }
        return membership.map(m -> Actor.user(user.id(), m.value().organizationId(), m.value().role())
                .from(new Actor.Origin(null, null, session.id())));
    }

    // the activity writes happen after the read ends: a store may not nest a transaction in a read
    private Cached loadSession(String hash, Instant now) {
        Optional<Versioned<UserSession>> session = ctx.read(r -> liveSession(r, hash));
        if (session.isEmpty()) {
            return new Cached(null, now);
        }
        Optional<Actor> actor = ctx.read(r -> IdentityRepository.user(r, session.get().value().userId())
                .flatMap(u -> actorOf(r, u.value(), session.get().value())));
        if (actor.isEmpty()) {
            return new Cached(null, now);
        }
        touchSession(session.get(), now);
        return new Cached(actor.get(), session.get().value().expiresAt());
    }

    private Cached loadDeployToken(String hash, Instant now) {
        Optional<Versioned<DeployToken>> token = ctx.read(r -> IdentityRepository.DEPLOY_TOKENS.findByKey(r,
                TokenSecrets.lookupKey(hash)))
                .filter(t -> TokenSecrets.matches(t.value().tokenHash(), hash) && t.value().usableAt(now));
        if (token.isEmpty()) {
            return new Cached(null, now);
        }
        touchToken(token.get(), now);
        DeployToken t = token.get().value();
        return new Cached(Actor.deployToken(t.id(), t.organizationId(), t.scope()),
                t.expiresAt() == null ? Instant.MAX : t.expiresAt());
    }

    private Optional<Versioned<UserSession>> liveSession(StoreReader reader, String hash) {
        Instant now = ctx.now();
        return IdentityRepository.SESSIONS.findByKey(reader, TokenSecrets.lookupKey(hash))
                .filter(s -> TokenSecrets.matches(s.value().tokenHash(), hash) && s.value().revokedAt() == null
                        && now.isBefore(s.value().expiresAt()));
    }

    // activity timestamps are informative: a lost race or a failure must not fail the request
    private void touchSession(Versioned<UserSession> session, Instant now) {
        if (session.value().lastActiveAt() != null
                && session.value().lastActiveAt().plus(ACTIVITY_WRITE_INTERVAL).isAfter(now)) {
            return;
        }
        try {
            ctx.store().transaction(tx -> {
                IdentityRepository.SESSIONS.update(tx, session, session.value().activeAt(now), now);
                return null;
            });
        } catch (RuntimeException ignored) {
            // another request recorded the activity first
        }
    }

    private void touchToken(Versioned<DeployToken> token, Instant now) {
        if (token.value().lastUsedAt() != null && token.value().lastUsedAt().plus(ACTIVITY_WRITE_INTERVAL).isAfter(now)) {
            return;
        }
        try {
            ctx.store().transaction(tx -> {
                IdentityRepository.DEPLOY_TOKENS.update(tx, token, token.value().usedAt(now), now);
                return null;
            });
        } catch (RuntimeException ignored) {
            // another request recorded the use first
        }
    }

    private static Actor anonymous(Actor.Origin origin) {
        return Actor.anonymous().from(origin);
    }

    private static String clientKind(String userAgent) {
        if (userAgent == null) {
            return "unknown";
        }
        return userAgent.startsWith("Mozilla/") ? "web" : userAgent.toLowerCase(java.util.Locale.ROOT).contains("appaloft") ? "cli" : "unknown";
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 300 ? value : value.substring(0, 300);
    }

    private static AppaloftException invalidLogin() {
        return new AppaloftException(IdentityErrors.INVALID_EMAIL_OR_PASSWORD, "the email or password is not valid");
    }

    private static AppaloftException invalidCredentials() {
        return new AppaloftException(ErrorCode.INVALID_CREDENTIALS, "the credentials are not valid");
    }
}
