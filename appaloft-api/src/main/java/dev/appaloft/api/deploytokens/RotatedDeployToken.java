package dev.appaloft.api.deploytokens;

import dev.appaloft.api.access.DeployTokenScope;

public record RotatedDeployToken(String tokenId, String token, String rotatedAt, DeployTokenScope scopes) {

    @Override
    public String toString() {
        return "RotatedDeployToken[" + tokenId + "]";
    }
}
