package dev.appaloft.api.storage;

/** {@code resources.detachStorage}: the next deployments no longer mount it; the volume and its data stay. */
public record DetachStorageInput(String resourceId, String attachmentId) {
}
