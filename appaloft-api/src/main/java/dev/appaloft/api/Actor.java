package dev.appaloft.api;

import dev.appaloft.api.access.DeployTokenScope;
import java.util.Objects;

/**
 * Who runs an operation. Every call through the facade or HTTP carries one; handlers scope their
 * reads and writes to {@link #organizationId()}.
 */
public record Actor(Kind kind, String id, String organizationId, Role role, DeployTokenScope scope, Origin origin) {

    /** The built-in organization of a self-hosted instance, as in the original. */
    public static final String SELF_HOSTED_ORGANIZATION = "org_self_hosted";

    public enum Kind {
        /** The application that embeds the library. */
        SYSTEM,
        /** The standalone server's operator (its first-start admin token). */
        OPERATOR,
        USER,
        DEPLOY_TOKEN,
        /** An Alien fleet token ({@code ax_admin_}, {@code ax_dg_}, {@code ax_deploy_}); {@code id} is the token's id. */
        FLEET_TOKEN,
        /** Nobody signed in: may run only public operations (first-admin bootstrap). */
        ANONYMOUS
    }

    /**
     * Where a request came from, for the audit stream: the client address, its user agent and,
     * for a signed-in user, the session it used. Never a credential.
     */
    public record Origin(String clientAddress, String userAgent, String sessionId) {
    }

    /** Organization roles, weakest first: each can do what the ones before it can. */
    public enum Role {
        VIEWER, BILLING, DEVELOPER, ADMIN, OWNER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        if ((kind == Kind.DEPLOY_TOKEN) != (scope != null)) {
            throw new IllegalArgumentException("a deploy token, and only a deploy token, carries a scope");
        }
    }

    public Actor(Kind kind, String id, String organizationId, Role role, DeployTokenScope scope) {
        this(kind, id, organizationId, role, scope, null);
    }

    /** A user, an operator or the host application: organization members with a role. */
    public Actor(Kind kind, String id, String organizationId, Role role) {
        this(kind, id, organizationId, role, null, null);
    }

    /** A signed-in user acting in {@code organizationId} with the role they hold there. */
    public static Actor user(String userId, String organizationId, Role role) {
        return new Actor(Kind.USER, userId, organizationId, role);
    }

    /** A caller without credentials (it may run public operations only). */
    public static Actor anonymous() {
        return new Actor(Kind.ANONYMOUS, "anonymous", SELF_HOSTED_ORGANIZATION, Role.VIEWER);
    }

    /** This actor, as coming from {@code origin} (recorded in the audit stream). */
    public Actor from(Origin value) {
        return new Actor(kind, id, organizationId, role, scope, value);
    }

    /** The request's client address, or null when unknown (in-process calls). */
    public String clientAddress() {
        return origin == null ? null : origin.clientAddress();
    }

    /** The session a signed-in user's request came through, or null. */
    public String sessionId() {
        return origin == null ? null : origin.sessionId();
    }

    /** A deploy token acting within its organization and scope (it is never more than a developer). */
    public static Actor deployToken(String tokenId, String organizationId, DeployTokenScope scope) {
        return new Actor(Kind.DEPLOY_TOKEN, tokenId, organizationId, Role.DEVELOPER, Objects.requireNonNull(scope));
    }

    /** Whether this actor's role is at least {@code least}. */
    public boolean hasRole(Role least) {
        return role.compareTo(least) >= 0;
    }

    /** The host application acting on the self-hosted organization with full rights. */
    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, name, SELF_HOSTED_ORGANIZATION, Role.OWNER);
    }

    /** The standalone server's operator, authenticated by the admin token. */
    public static Actor operator() {
        return new Actor(Kind.OPERATOR, "operator", SELF_HOSTED_ORGANIZATION, Role.OWNER);
    }
}
