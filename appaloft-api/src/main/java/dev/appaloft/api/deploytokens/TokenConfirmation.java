package dev.appaloft.api.deploytokens;

/** Rotate and revoke are confirmed by repeating the token id. */
public record TokenConfirmation(String tokenId) {
}
