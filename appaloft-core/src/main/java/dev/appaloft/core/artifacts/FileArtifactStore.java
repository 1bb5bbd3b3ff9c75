package dev.appaloft.core.artifacts;

import dev.appaloft.api.artifacts.ArtifactKeys;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The default {@link ArtifactStore}: one file per key under a root folder. A write goes to a
 * temporary file first and is moved into place, so a reader never sees half a file; copies are
 * hard links where the file system has them (content-addressed files are then stored once).
 */
public final class FileArtifactStore implements ArtifactStore {

    public static final String PROVIDER_KEY = "local-filesystem";

    private final Path root;

    public FileArtifactStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String providerKey() {
        return PROVIDER_KEY;
    }

    @Override
    public StoredArtifact put(String key, byte[] bytes) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
            Files.write(temp, bytes);
            move(temp, target);
            return new StoredArtifact(key, Digests.sha256(bytes), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("artifact " + key + " could not be written", e);
        }
    }

    @Override
    public StoredArtifact put(String key, java.io.InputStream content) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
        try {
            java.security.MessageDigest sha = Digests.newSha256();
            long size;
            try (java.io.OutputStream out = new java.security.DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = content.transferTo(out);
            }
            move(temp, target);
            return new StoredArtifact(key, "sha256:" + java.util.HexFormat.of().formatHex(sha.digest()), size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public java.io.InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("artifact " + key + " could not be read", e);
        }
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("artifact " + key + " could not be removed", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void copy(String from, String to) {
        Path source = path(from);
        Path target = path(to);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
            try {
                Files.createLink(temp, source);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("artifact " + from + " could not be copied to " + to, e);
        }
    }

    @Override
    public void deleteTree(String prefix) {
        Path top = path(prefix);
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("artifacts under " + prefix + " could not be removed", e);
        }
    }

    @Override
    public Optional<Path> localPath(String key) {
        return Optional.of(path(key));
    }

    /** The file of a key; the key rule keeps it under the root (checked again after normalizing). */
    private Path path(String key) {
        Path p = root.resolve(ArtifactKeys.require(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not an artifact key: " + key);
        }
        return p;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
