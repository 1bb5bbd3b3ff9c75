package dev.appaloft.api.identity;

/** {@code account.changeProfile}: an absent field stays as it is; an empty {@code avatarUrl} clears it. */
public record ChangeAccountProfileInput(String displayName, String avatarUrl, String idempotencyKey) {
}
