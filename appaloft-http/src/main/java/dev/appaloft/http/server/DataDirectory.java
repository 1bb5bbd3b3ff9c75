package dev.appaloft.http.server;

import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The standalone server's data folder: the SQLite database, the operator's admin token and the
 * key that seals secrets at rest. Credentials are created on first start, readable by the owner
 * only, and never printed.
 */
public final class DataDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve("appaloft.db");
    }

    public Path adminTokenFile() {
        return root.resolve("admin-token");
    }

    /** Creates the folder readable by its owner only (it holds the database and the credentials). */
    public void create() {
        try {
            if (!Files.exists(root)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + root, e);
        }
    }

    /** The admin token: 256 random bits as 64 hex characters, created on first start. */
    public String adminToken() {
        return readOrCreate(adminTokenFile(), () -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
    }

    /**
     * Replaces the admin token with a new one (the old one stops working once the server runs
     * with it): written to a private temp file and moved over the old one atomically.
     */
    public String rotateAdminToken() {
        try {
            Path draft = Files.createTempFile(root, ".admin-token", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Files.writeString(draft, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.UTF_8);
            Files.move(draft, adminTokenFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return adminToken();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate " + adminTokenFile(), e);
        }
    }

    /** The key that seals secrets; losing it makes stored secret values unreadable. */
    public byte[] masterKey() {
        String encoded = readOrCreate(root.resolve("master.key"),
                () -> Base64.getEncoder().encodeToString(AesGcmSecretBox.newKey()));
        return Base64.getDecoder().decode(encoded);
    }

    private interface Generator {
        String generate();
    }

    /**
     * Several servers may start on one data folder at once: the value is written to a private temp
     * file first and published with a hard link, which fails when the file exists, so nobody ever
     * reads a half-written credential and the first writer wins.
     */
    private static String readOrCreate(Path file, Generator generator) {
        try {
            if (!Files.exists(file)) {
                Path draft = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try {
                    Files.writeString(draft, generator.generate() + "\n", StandardCharsets.UTF_8);
                    Files.createLink(file, draft);
                } catch (FileAlreadyExistsException raced) {
                    // another process published it first; use theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
