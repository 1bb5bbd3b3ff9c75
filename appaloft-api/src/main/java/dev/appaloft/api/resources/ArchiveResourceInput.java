package dev.appaloft.api.resources;

/** {@code resources.archive}: stops accepting changes and deployments; the running app keeps running. */
public record ArchiveResourceInput(String resourceId, String reason, String idempotencyKey) {
}
