package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The saved login: a server URL and its token in {@code <config>/login.json}, where {@code <config>} is
 * {@code $APPALOFT_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/appaloft}, else {@code ~/.config/appaloft}.
 * The folder is 0700 and the file 0600 from the moment it exists (written privately, then moved in).
 */
public final class LoginStore {

    public record Login(String server, String token) {
    }

    private final Path folder;

    public LoginStore(Path folder) {
        this.folder = folder;
    }

    public static LoginStore forUser(Map<String, String> env, String userHome) {
        String explicit = env.get("APPALOFT_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return new LoginStore(Path.of(explicit));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return new LoginStore(base.resolve("appaloft"));
    }

    public Path file() {
        return folder.resolve("login.json");
    }

    public Optional<Login> read() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = ApiClient.JSON.readTree(file.toFile());
            String server = node.path("server").asText(null);
            return server == null ? Optional.empty() : Optional.of(new Login(server, node.path("token").asText(null)));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot read " + file + " (" + e.getMessage() + "); run appaloft login again");
        }
    }

    public void write(Login login) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path draft = Files.createTempFile(folder, ".login", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                ApiClient.JSON.writeValue(draft.toFile(), ApiClient.object("server", login.server(), "token", login.token()));
                Files.move(draft, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot write " + file() + ": " + e.getMessage());
        }
    }

    public boolean delete() {
        try {
            return Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot remove " + file() + ": " + e.getMessage());
        }
    }
}
