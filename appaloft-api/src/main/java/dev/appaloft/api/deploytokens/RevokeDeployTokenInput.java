package dev.appaloft.api.deploytokens;

/** {@code deployTokens.revoke}: the token answers 401 from now on. */
public record RevokeDeployTokenInput(String tokenId, String organizationId, TokenConfirmation confirmation,
                                     String reason, String idempotencyKey) {

    public static RevokeDeployTokenInput confirmed(String tokenId, String organizationId) {
        return new RevokeDeployTokenInput(tokenId, organizationId, new TokenConfirmation(tokenId), null, null);
    }
}
