package dev.appaloft.core.identity;

import dev.appaloft.api.access.DeployTokenScope;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deploytokens.DeployTokenStatus;
import dev.appaloft.api.deploytokens.DeployTokenView;
import java.time.Instant;

/** A scoped machine credential of one organization; the secret is stored only as its hash. */
public record DeployToken(String id, String organizationId, String displayName, DeployTokenScope scope,
                          String secretSuffix, String tokenHash, DeployTokenStatus status, String createdBy,
                          Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant rotatedAt,
                          Instant revokedAt, String revokeReason) {

    public boolean usableAt(Instant now) {
        return status == DeployTokenStatus.ACTIVE && (expiresAt == null || now.isBefore(expiresAt));
    }

    public DeployToken rotate(String newHash, String newSuffix, Instant now) {
        return new DeployToken(id, organizationId, displayName, scope, newSuffix, newHash, status, createdBy, createdAt,
                expiresAt, lastUsedAt, now, revokedAt, revokeReason);
    }

    public DeployToken revoke(String reason, Instant now) {
        return new DeployToken(id, organizationId, displayName, scope, secretSuffix, tokenHash, DeployTokenStatus.REVOKED,
                createdBy, createdAt, expiresAt, lastUsedAt, rotatedAt, now, reason);
    }

    public DeployToken usedAt(Instant now) {
        return new DeployToken(id, organizationId, displayName, scope, secretSuffix, tokenHash, status, createdBy,
                createdAt, expiresAt, now, rotatedAt, revokedAt, revokeReason);
    }

    public DeployTokenView view() {
        return new DeployTokenView(id, organizationId, displayName, status, secretSuffix, scope,
                Timestamps.format(createdAt), Timestamps.format(expiresAt), Timestamps.format(lastUsedAt),
                Timestamps.format(rotatedAt), Timestamps.format(revokedAt));
    }

    @Override
    public String toString() {
        return "DeployToken[" + id + ", " + organizationId + ", " + status + "]";
    }
}
