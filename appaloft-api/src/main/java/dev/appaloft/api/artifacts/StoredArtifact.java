package dev.appaloft.api.artifacts;

/** What {@link ArtifactStore#put} wrote: the key, its SHA-256 ({@code sha256:<hex>}) and its size. */
public record StoredArtifact(String key, String digest, long sizeBytes) {
}
