package dev.appaloft.api.deploytokens;

/** {@code deployTokens.rotate}: new secret, same id and scope; the old secret stops working at once. */
public record RotateDeployTokenInput(String tokenId, String organizationId, TokenConfirmation confirmation,
                                     String idempotencyKey) {

    public static RotateDeployTokenInput confirmed(String tokenId, String organizationId) {
        return new RotateDeployTokenInput(tokenId, organizationId, new TokenConfirmation(tokenId), null);
    }
}
