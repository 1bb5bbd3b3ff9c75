package dev.appaloft.api.deploytokens;

import dev.appaloft.api.access.DeployTokenScope;

/** A deploy token as listed and shown: never its secret, only the last characters to recognise it by. */
public record DeployTokenView(String tokenId, String organizationId, String displayName, DeployTokenStatus status,
                              String secretSuffix, DeployTokenScope scope, String createdAt, String expiresAt,
                              String lastUsedAt, String rotatedAt, String revokedAt) {
}
