package dev.appaloft.api.fleet;

/** A new token: its id (for audit) and the raw value, shown this once. */
public record MintedToken(String id, String token) {

    @Override
    public String toString() {
        return "MintedToken[id=" + id + ", token=****]";
    }
}
