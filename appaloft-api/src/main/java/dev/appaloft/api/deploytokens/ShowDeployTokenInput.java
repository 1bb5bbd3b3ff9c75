package dev.appaloft.api.deploytokens;

public record ShowDeployTokenInput(String tokenId, String organizationId) {
}
