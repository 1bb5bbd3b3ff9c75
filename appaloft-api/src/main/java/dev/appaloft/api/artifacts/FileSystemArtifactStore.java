package dev.appaloft.api.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Artifacts as files under one folder. A put writes a temporary file beside the target and moves
 * it into place once complete, so a reader never sees half an artifact; its digest is kept in a
 * {@code .sha256} file next to it so {@link #stat} need not read the content again.
 */
public final class FileSystemArtifactStore implements ArtifactStore {

    private static final String DIGEST_SUFFIX = ".sha256";

    private final Path root;

    public FileSystemArtifactStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredArtifact put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".put-", ".partial");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                 OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha256.digest());
            Files.writeString(digestFile(target), digest);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new StoredArtifact(key, size, digest);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public Optional<StoredArtifact> stat(String key) throws IOException {
        Path target = resolve(key);
        try {
            long size = Files.size(target);
            Path digestFile = digestFile(target);
            String digest = Files.exists(digestFile) ? Files.readString(digestFile).strip() : digestOf(target);
            return Optional.of(new StoredArtifact(key, size, digest));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        Path target = resolve(key);
        Files.deleteIfExists(digestFile(target));
        return Files.deleteIfExists(target);
    }

    private Path resolve(String key) {
        Path path = root.resolve(ArtifactStore.requireKey(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not an artifact key: " + key);
        }
        return path;
    }

    private static Path digestFile(Path target) {
        return target.resolveSibling(target.getFileName() + DIGEST_SUFFIX);
    }

    private static String digestOf(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
