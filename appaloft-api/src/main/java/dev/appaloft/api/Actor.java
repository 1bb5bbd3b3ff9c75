package dev.appaloft.api;

import dev.appaloft.api.access.DeployTokenScope;
import java.util.Objects;

/**
 * Who runs an operation. Every call through the facade or HTTP carries one; handlers scope their
 * reads and writes to {@link #organizationId()}.
 */
public record Actor(Kind kind, String id, String organizationId, Role role, DeployTokenScope scope) {

    /** The built-in organization of a self-hosted instance, as in the original. */
    public static final String SELF_HOSTED_ORGANIZATION = "org_self_hosted";

    public enum Kind {
        /** The application that embeds the library. */
        SYSTEM,
        /** The standalone server's operator (its first-start admin token). */
        OPERATOR,
        USER,
        DEPLOY_TOKEN
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

    /** A user, an operator or the host application: organization members with a role. */
    public Actor(Kind kind, String id, String organizationId, Role role) {
        this(kind, id, organizationId, role, null);
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
