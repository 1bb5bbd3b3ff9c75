package dev.appaloft.api.deploytokens;

public record RevokedDeployToken(String tokenId, String revokedAt) {
}
