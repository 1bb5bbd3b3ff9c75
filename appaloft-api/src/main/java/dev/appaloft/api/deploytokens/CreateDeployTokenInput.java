package dev.appaloft.api.deploytokens;

import dev.appaloft.api.access.DeployTokenScope;

/**
 * {@code deployTokens.create}: a machine credential for the caller's organization, limited to
 * {@code scope}; the raw token ({@code aplt_dt_<64 hex>}) is answered once and stored only as a hash.
 */
public record CreateDeployTokenInput(String organizationId, String displayName, DeployTokenScope scope,
                                     String expiresAt, String idempotencyKey) {
}
