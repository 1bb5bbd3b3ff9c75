package dev.appaloft.runtime.docker.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * What an agent keeps across restarts, in {@code <state dir>/agent.json} (owner-only): its
 * deployment, that deployment's token and its sync session. Keeping the session lets a restarted
 * agent pick up the lease it held when it died instead of waiting for it to expire.
 */
public record AgentIdentity(String deploymentId, String token, String session) {

    private static final String FILE = "agent.json";

    public static Optional<AgentIdentity> load(Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FleetClient.json().readValue(file.toFile(), AgentIdentity.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Removes the kept identity (the server no longer accepts its token). */
    public static void forget(Path stateDirectory) {
        try {
            Files.deleteIfExists(stateDirectory.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the agent identity in " + stateDirectory, e);
        }
    }

    /** Writes the identity atomically, readable by its owner only. */
    public void save(Path stateDirectory) {
        try {
            Files.createDirectories(stateDirectory);
            Path draft = Files.createTempFile(stateDirectory, ".agent", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FleetClient.json().writeValue(draft.toFile(), this);
            Files.move(draft, stateDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the agent identity in " + stateDirectory, e);
        }
    }

    @Override
    public String toString() {
        return "AgentIdentity[deploymentId=" + deploymentId + ", token=****, session=" + session + "]";
    }
}
