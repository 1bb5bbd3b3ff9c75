package dev.appaloft.api.fleet;

/** A release by id. */
public record ReleaseIdInput(String id) {
}
