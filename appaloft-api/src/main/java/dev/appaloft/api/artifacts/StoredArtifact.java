package dev.appaloft.api.artifacts;

/** What {@link ArtifactStore#put} wrote: the key, its SHA-256 ({@code sha256:<hex>}) and its size. */
public record StoredArtifact(String key, String digest, long sizeBytes) {

    /** The lowercase hex SHA-256, without the {@code sha256:} prefix. */
    public String sha256() {
        return digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
    }
}
