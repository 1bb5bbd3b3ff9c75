package dev.appaloft.api.artifacts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Blobs the engine owns, by key: a relative path of words ({@code A-Za-z0-9._~@+-}) joined
 * by {@code /} (see {@link ArtifactKeys}). The store holds bytes only; what they mean, and which
 * rows point at them, is the caller's. A key written twice holds the last bytes.
 */
public interface ArtifactStore {

    /** The store's kind as responses name it ({@code local-filesystem}). */
    String providerKey();

    /** Writes {@code bytes} under {@code key}, atomically: a reader sees the old bytes or the new, never part. */
    StoredArtifact put(String key, byte[] bytes);

    /** The bytes under {@code key}, if there are any. */
    Optional<byte[]> get(String key);

    /**
     * Writes what {@code content} holds under {@code key} as it streams (a database dump of any size),
     * atomically as {@link #put(String, byte[])} does. This default buffers it; a store that can
     * stream overrides it.
     */
    default StoredArtifact put(String key, java.io.InputStream content) throws java.io.IOException {
        return put(key, content.readAllBytes());
    }

    /** The content under {@code key} as a stream the caller closes; {@link java.nio.file.NoSuchFileException} when none. */
    default java.io.InputStream open(String key) throws java.io.IOException {
        return new java.io.ByteArrayInputStream(get(key).orElseThrow(() -> new java.nio.file.NoSuchFileException(key)));
    }

    /** What is stored under {@code key}, if anything: its size and SHA-256, read through (a restore checks a dump with it). */
    default Optional<StoredArtifact> stat(String key) throws java.io.IOException {
        if (!exists(key)) {
            return Optional.empty();
        }
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        long size;
        try (java.io.InputStream in = new java.security.DigestInputStream(open(key), sha)) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Optional.of(new StoredArtifact(key, "sha256:" + java.util.HexFormat.of().formatHex(sha.digest()), size));
    }

    /** Removes {@code key}; an unknown key is not an error. Returns whether something was removed. */
    boolean delete(String key);

    boolean exists(String key);

    /** Puts the bytes of {@code from} under {@code to} too (a file store links instead of copying). */
    default void copy(String from, String to) {
        put(to, get(from).orElseThrow(() -> new IllegalArgumentException("no artifact " + from)));
    }

    /** Removes every key under {@code prefix} (a folder of keys). */
    void deleteTree(String prefix);

    /**
     * Where {@code key} lives on this host's file system, for a store that keeps files a local
     * process (a proxy's file server) can read; empty for stores that do not.
     */
    default Optional<Path> localPath(String key) {
        return Optional.empty();
    }
}
