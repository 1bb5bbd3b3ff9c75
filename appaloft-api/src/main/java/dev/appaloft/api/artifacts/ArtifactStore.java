package dev.appaloft.api.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the control plane keeps opaque artifacts it made (database dumps), by key. The default
 * keeps them as files under the engine's work directory ({@link FileSystemArtifactStore}); an
 * S3-compatible store can take its place. Keys are relative, slash-separated and made of
 * {@code [A-Za-z0-9._-]} segments: never absolute, never {@code ..}.
 */
public interface ArtifactStore {

    /** Stores {@code content} under {@code key} (replacing what was there) and says what was stored. */
    StoredArtifact put(String key, InputStream content) throws IOException;

    /** The content stored under {@code key}; the caller closes it. */
    InputStream open(String key) throws IOException;

    /** What is stored under {@code key}, if anything: its size and SHA-256 digest. */
    Optional<StoredArtifact> stat(String key) throws IOException;

    /** Removes what is stored under {@code key}; true when there was something. */
    boolean delete(String key) throws IOException;

    /** Checks a key: relative, slash-separated segments of letters, digits, '.', '_' and '-', none of them {@code ..}. */
    static String requireKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 500 || key.startsWith("/") || key.endsWith("/")) {
            throw new IllegalArgumentException("not an artifact key: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !segment.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("not an artifact key: " + key);
            }
        }
        return key;
    }
}
