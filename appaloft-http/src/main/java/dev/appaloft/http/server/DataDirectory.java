package dev.appaloft.http.server;

import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    public void create() {
        try {
            Files.createDirectories(root);
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

    /** The key that seals secrets; losing it makes stored secret values unreadable. */
    public byte[] masterKey() {
        String encoded = readOrCreate(root.resolve("master.key"),
                () -> Base64.getEncoder().encodeToString(AesGcmSecretBox.newKey()));
        return Base64.getDecoder().decode(encoded);
    }

    private interface Generator {
        String generate();
    }

    private static String readOrCreate(Path file, Generator generator) {
        try {
            if (!Files.exists(file)) {
                String value = generator.generate();
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, value + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; use theirs
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
