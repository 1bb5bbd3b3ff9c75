package dev.appaloft.api.deploytokens;

import dev.appaloft.api.access.DeployTokenScope;

/** The new token; {@code token} is the only time the secret is shown. */
public record CreatedDeployToken(String tokenId, String token, String organizationId, String displayName,
                                 String secretSuffix, DeployTokenScope scopes, String createdAt, String expiresAt) {

    @Override
    public String toString() {
        return "CreatedDeployToken[" + tokenId + ", ..." + secretSuffix + "]";
    }
}
