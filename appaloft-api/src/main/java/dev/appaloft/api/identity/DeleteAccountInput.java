package dev.appaloft.api.identity;

/** {@code account.delete}: confirmed by the caller's own user id; the last owner of an organization cannot leave it. */
public record DeleteAccountInput(Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String userId) {
    }
}
