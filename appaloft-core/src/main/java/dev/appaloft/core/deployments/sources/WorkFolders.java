package dev.appaloft.core.deployments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One folder per deployment under the work directory, for its checkout and generated build
 * context; removed when the deployment ends. Without a configured directory a temporary one is
 * made on first use (an engine that never reads a source leaves nothing behind).
 */
final class WorkFolders {

    private final Path configured;
    private volatile Path root;

    WorkFolders(Path configured) {
        this.configured = configured;
    }

    /** A fresh, empty folder for this deployment (what an earlier attempt left there is removed). */
    Path fresh(String deploymentId) {
        Path folder = folder(deploymentId);
        SourcePaths.deleteTree(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not create the work folder " + folder
                    + ": " + e.getMessage(), e);
        }
        return folder;
    }

    void discard(String deploymentId) {
        if (root != null || configured != null) {
            SourcePaths.deleteTree(folder(deploymentId));
        }
    }

    /** The work directory if it exists now (a temporary one is only made by a first deployment). */
    java.util.Optional<Path> existingRoot() {
        Path current = root != null ? root : configured == null ? null : configured.toAbsolutePath();
        return current != null && Files.isDirectory(current) ? java.util.Optional.of(current) : java.util.Optional.empty();
    }

    /** Whether {@code name} is what a deployment's folder is called (a deployment id). */
    static boolean isDeploymentFolder(String name) {
        return name.matches("[A-Za-z0-9_-]+");
    }

    Path folder(String deploymentId) {
        // ids are generated (prefix_alphanumerics); anything else is refused rather than trusted as a path
        if (!deploymentId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a deployment id: " + deploymentId);
        }
        return root().resolve(deploymentId);
    }

    private Path root() {
        Path current = root;
        if (current == null) {
            synchronized (this) {
                if (root == null) {
                    try {
                        root = configured != null ? Files.createDirectories(configured).toAbsolutePath()
                                : Files.createTempDirectory("appaloft-work-");
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not create the work directory", e);
                    }
                }
                current = root;
            }
        }
        return current;
    }
}
