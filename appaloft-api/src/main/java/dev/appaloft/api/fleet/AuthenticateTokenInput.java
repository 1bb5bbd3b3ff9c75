package dev.appaloft.api.fleet;

/** A raw fleet token to resolve to its actor (the HTTP layer's authentication of {@code /v1}). */
public record AuthenticateTokenInput(String token) {

    @Override
    public String toString() {
        return "AuthenticateTokenInput[token=****]";
    }
}
