package dev.appaloft.api.fleet;

/** {@code release} (the sync lease, not a software release): the session gives its lease back. */
public record ReleaseLeaseInput(String deploymentId, String session) {
}
