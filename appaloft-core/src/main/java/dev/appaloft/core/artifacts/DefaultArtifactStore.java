package dev.appaloft.core.artifacts;

import dev.appaloft.api.artifacts.ArtifactStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's artifact store when the host application names none: files in its state or work folder. */
public final class DefaultArtifactStore {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultArtifactStore.class);

    private DefaultArtifactStore() {
    }

    public static ArtifactStore of(ArtifactStore given, Path stateDirectory, Path workDirectory) {
        if (given != null) {
            return given;
        }
        Path base = stateDirectory != null ? stateDirectory : workDirectory;
        try {
            if (base == null) {
                Path temp = Files.createTempDirectory("appaloft-artifacts");
                LOG.info("artifacts (runtime log archives, static artifacts) are kept in {} for this process only; "
                        + "set a state directory or an artifact store to keep them", temp);
                return new FileArtifactStore(temp);
            }
            // made on the first write: an engine that stores no artifact leaves its folders as they were
            return new FileArtifactStore(base.resolve("artifacts"));
        } catch (IOException e) {
            throw new UncheckedIOException("the artifact folder could not be created", e);
        }
    }
}
