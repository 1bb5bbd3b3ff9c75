package dev.appaloft.api.identity;

/** {@code account.showProfile}: the signed-in user's own profile. */
public record ShowAccountProfileInput() {
}
