package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.fleet.TokenKind;
import java.time.Instant;

/**
 * A stored token: never its raw value, only the SHA-256 of it ({@code keyHash}) and the first 12
 * characters ({@code keyPrefix}, to recognise it in a list).
 */
public record FleetToken(String id, String organizationId, TokenKind kind, String keyPrefix, String keyHash,
                         String groupId, String deploymentId, String description, String createdBy, Instant createdAt) {

    public FleetPrincipal principal() {
        return new FleetPrincipal(kind, id, organizationId, groupId, deploymentId);
    }
}
