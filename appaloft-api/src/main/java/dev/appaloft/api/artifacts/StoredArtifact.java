package dev.appaloft.api.artifacts;

/** An artifact as stored: its key, size in bytes and lowercase hex SHA-256 of its content. */
public record StoredArtifact(String key, long sizeBytes, String sha256) {
}
