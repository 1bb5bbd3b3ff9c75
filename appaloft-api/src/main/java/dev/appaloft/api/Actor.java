package dev.appaloft.api;

import java.util.Objects;

/**
 * Who runs an operation. Every call through the facade or HTTP carries one; handlers scope their
 * reads and writes to {@link #organizationId()}.
 */
public record Actor(Kind kind, String id, String organizationId, Role role) {

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
        FLEET_TOKEN
    }

    public enum Role {
        VIEWER, BILLING, DEVELOPER, ADMIN, OWNER
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
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
