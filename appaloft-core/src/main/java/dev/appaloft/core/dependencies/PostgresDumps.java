package dev.appaloft.core.dependencies;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.work.WorkFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Postgres dump and its replay, inside the database's own container: {@code pg_dump -Fc} into
 * a file there, copied out into the artifact store; a restore copies the dump back in and runs
 * {@code pg_restore --clean --if-exists --single-transaction}, so it applies whole or not at all.
 * Both connect over the container's local socket (trusted there), so no password is ever on a
 * command line, in a log or in a failure message.
 */
final class PostgresDumps {

    static final String FORMAT = "pg_dump-custom";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(30);
    private static final int MESSAGE_LIMIT = 500;

    private PostgresDumps() {
    }

    static StoredArtifact dump(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d,
                               ArtifactStore artifacts, String key, String attemptId) throws WorkFailure {
        String inside = "/tmp/appaloft-backup-" + attemptId + ".dump";
        return dumpWith(runtime, instance, artifacts, key, inside, List.of("pg_dump", "-Fc", "--no-owner", "--no-acl",
                "-U", d.credentials().user(), "-d", d.credentials().database(), "-f", inside), "pg_dump");
    }

    /** Runs {@code command}, which writes the dump to {@code inside}, then moves that file into the artifact store. */
    static StoredArtifact dumpWith(DeploymentRuntime runtime, RuntimeInstance instance, ArtifactStore artifacts,
                                   String key, String inside, List<String> command, String tool) throws WorkFailure {
        Path local = null;
        try {
            CommandResult dumped = runtime.exec(instance, command, COMMAND_TIMEOUT);
            if (!dumped.succeeded()) {
                throw new WorkFailure("dump", tool + "_failed", tool + " exited with " + dumped.exitCode() + ": "
                        + clip(dumped.stderr()), false);
            }
            local = Files.createTempFile("appaloft-backup-", ".dump");
            try (OutputStream out = Files.newOutputStream(local)) {
                runtime.copyFromInstance(instance, inside, out);
            }
            try (InputStream in = Files.newInputStream(local)) {
                return artifacts.put(key, in);
            }
        } catch (AppaloftException e) {
            throw new WorkFailure("dump", e.code().code(), clip(e.getMessage()), e.code().retryable());
        } catch (IOException e) {
            throw new WorkFailure("store", "artifact_store_failed", clip(e.toString()), true);
        } finally {
            removeInside(runtime, instance, inside);
            deleteQuietly(local);
        }
    }

    /** Checks the stored dump against the backup's size and digest, then copies it into the container as {@code inside}. */
    static void copyIn(DeploymentRuntime runtime, RuntimeInstance instance, ArtifactStore artifacts,
                       DependencyBackup backup, String inside) throws WorkFailure, IOException {
        StoredArtifact stored = artifacts.stat(backup.artifactKey()).orElseThrow(() -> new WorkFailure("restore",
                "artifact_missing", "the backup's dump is no longer in the artifact store", false));
        if (!stored.sha256().equals(backup.sha256()) || stored.sizeBytes() != backup.sizeBytes()) {
            throw new WorkFailure("restore", "artifact_digest_mismatch",
                    "the stored dump does not match the backup's size and SHA-256", false);
        }
        try (InputStream in = artifacts.open(backup.artifactKey())) {
            runtime.copyToInstance(instance, inside, in, stored.sizeBytes());
        }
    }

    static void restore(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d,
                        ArtifactStore artifacts, DependencyBackup backup, String attemptId) throws WorkFailure {
        String inside = "/tmp/appaloft-restore-" + attemptId + ".dump";
        try {
            copyIn(runtime, instance, artifacts, backup, inside);
            CommandResult restored = runtime.exec(instance, List.of("pg_restore", "--clean", "--if-exists",
                    "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", "-U", d.credentials().user(),
                    "-d", d.credentials().database(), inside), COMMAND_TIMEOUT);
            if (!restored.succeeded()) {
                throw new WorkFailure("restore", "pg_restore_failed", "pg_restore exited with " + restored.exitCode()
                        + ": " + clip(restored.stderr()), false);
            }
        } catch (AppaloftException e) {
            throw new WorkFailure("restore", e.code().code(), clip(e.getMessage()), e.code().retryable());
        } catch (IOException e) {
            throw new WorkFailure("store", "artifact_store_failed", clip(e.toString()), true);
        } finally {
            removeInside(runtime, instance, inside);
        }
    }

    static void removeInside(DeploymentRuntime runtime, RuntimeInstance instance, String path) {
        try {
            // some images (the offline Redis one) link no rm of their own, only busybox's
            runtime.exec(instance, List.of("sh", "-c", "rm -f \"$1\" 2>/dev/null || busybox rm -f \"$1\"", "sh", path),
                    CLEANUP_TIMEOUT);
        } catch (RuntimeException e) {
            // the container may be gone; its /tmp went with it
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    static String clip(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= MESSAGE_LIMIT ? t : t.substring(0, MESSAGE_LIMIT) + "...";
    }
}
