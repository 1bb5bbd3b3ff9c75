package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.fleet.TokenKind;
import java.util.Objects;

/**
 * Who calls a fleet operation: an admin of an organization, or a group or deployment token with
 * its scope. {@code id} is the token id, or the actor id of an admin that is not a token.
 */
public record FleetPrincipal(TokenKind kind, String id, String organizationId, String groupId, String deploymentId) {

    public FleetPrincipal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
    }

    public boolean isAdmin() {
        return kind == TokenKind.ADMIN;
    }

    public boolean isGroupToken() {
        return kind == TokenKind.DEPLOYMENT_GROUP;
    }

    public boolean isDeploymentToken() {
        return kind == TokenKind.DEPLOYMENT;
    }
}
