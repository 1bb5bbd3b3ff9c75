package dev.appaloft.api.access;

/**
 * The least standing a caller needs for an operation. Organization roles are ordered
 * {@code viewer < billing < developer < admin < owner}; a role at or above the level passes.
 */
public enum Access {
    /** Anyone, signed in or not (first-admin bootstrap). */
    PUBLIC,
    /** Any signed-in user, about themselves (their profile and sessions). */
    SIGNED_IN,
    VIEWER,
    BILLING,
    DEVELOPER,
    ADMIN,
    OWNER,
    /** Alien fleet operations: authorised by the fleet's own token kinds and scopes (docs/alien-fleet.md). */
    FLEET_TOKEN;

    /** The organization role this level requires; null for the levels that do not depend on one. */
    public dev.appaloft.api.Actor.Role role() {
        return switch (this) {
            case VIEWER -> dev.appaloft.api.Actor.Role.VIEWER;
            case BILLING -> dev.appaloft.api.Actor.Role.BILLING;
            case DEVELOPER -> dev.appaloft.api.Actor.Role.DEVELOPER;
            case ADMIN -> dev.appaloft.api.Actor.Role.ADMIN;
            case OWNER -> dev.appaloft.api.Actor.Role.OWNER;
            default -> null;
        };
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
