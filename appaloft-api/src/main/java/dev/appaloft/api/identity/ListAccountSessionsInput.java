package dev.appaloft.api.identity;

/** {@code account.listSessions}: the signed-in user's live sessions, newest first. */
public record ListAccountSessionsInput() {
}
