package dev.appaloft.core.dependencies;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.work.WorkFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A Redis snapshot and its replay, inside the database's container. The snapshot is an RDB file
 * fetched with {@code redis-cli --rdb}. A restore cannot load an RDB into a running server, so it
 * starts a second, password-less {@code redis-server} on a loopback port of the same container
 * from the dump, makes the database a replica of it until the full sync is done (which replaces
 * the whole dataset and rewrites its append-only file), then promotes it back and stops the helper:
 * the container is not restarted. The password is read inside the container from the config file
 * it was given at provisioning and handed to redis-cli through its environment, never a command line.
 */
final class RedisDumps {

    static final String FORMAT = "redis-rdb";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final String AUTH = "export REDISCLI_AUTH=\"$(sed -n 's/^requirepass //p' "
            + DatabaseKinds.REDIS_CONF + ")\"; ";
    private static final int HELPER_PORT = 16379;
    // $1: the dump's folder, $2: its file name, $3: the helper's port
    private static final String RESTORE = "set -e; " + AUTH
            + "cli() { redis-cli --no-auth-warning -h 127.0.0.1 -p " + DatabaseKinds.REDIS_PORT + " \"$@\"; }; "
            + "redis-server --port \"$3\" --bind 127.0.0.1 --dir \"$1\" --dbfilename \"$2\" --appendonly no --save '' "
            + "--daemonize yes --logfile ''; "
            + "trap '(unset REDISCLI_AUTH; redis-cli -h 127.0.0.1 -p \"$3\" shutdown nosave >/dev/null 2>&1) || true' EXIT; "
            + "i=0; until (unset REDISCLI_AUTH; redis-cli -h 127.0.0.1 -p \"$3\" ping 2>/dev/null | grep -q PONG); do "
            + "i=$((i+1)); [ $i -lt 300 ] || { echo 'the helper server did not start' >&2; exit 1; }; sleep 0.2; done; "
            + "cli replicaof 127.0.0.1 \"$3\" >/dev/null; "
            + "i=0; until cli info replication | grep -q 'master_link_status:up' "
            + "&& ! cli info replication | grep -q 'master_sync_in_progress:1'; do "
            + "i=$((i+1)); [ $i -lt 3000 ] || { cli replicaof no one >/dev/null; echo 'the sync did not finish' >&2; exit 1; }; "
            + "sleep 0.2; done; "
            + "cli replicaof no one >/dev/null";

    private RedisDumps() {
    }

    static StoredArtifact dump(DeploymentRuntime runtime, RuntimeInstance instance, ArtifactStore artifacts, String key,
                               String attemptId) throws WorkFailure {
        String inside = "/tmp/appaloft-backup-" + attemptId + ".rdb";
        return PostgresDumps.dumpWith(runtime, instance, artifacts, key, inside, List.of("sh", "-c", AUTH
                + "exec redis-cli --no-auth-warning -h 127.0.0.1 -p " + DatabaseKinds.REDIS_PORT
                + " --rdb \"$1\" >/dev/null", "sh", inside), "redis_rdb");
    }

    // $1: a file holding the new password. The server takes it first (logged in with the current one
    // from the config file), then the config file does, so a restart keeps it.
    private static final String ROTATE = "set -e; " + AUTH
            + "redis-cli --no-auth-warning -h 127.0.0.1 -p " + DatabaseKinds.REDIS_PORT
            + " -x config set requirepass < \"$1\" | grep -q OK; "
            + "printf 'requirepass %s\\nappendonly yes\\ndir /data\\n' \"$(cat \"$1\")\" > " + DatabaseKinds.REDIS_CONF;

    /**
     * The default user's password changed in the running server and in its config file on the
     * data volume; the new one is copied in as a file, never put on a command line.
     */
    static void setPassword(DeploymentRuntime runtime, RuntimeInstance instance, String password) {
        String file = "/tmp/appaloft-rotate-" + Long.toHexString(System.nanoTime()) + ".txt";
        byte[] bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            runtime.copyToInstance(instance, file, new java.io.ByteArrayInputStream(bytes), bytes.length);
            CommandResult result = runtime.exec(instance, List.of("sh", "-c", ROTATE, "sh", file),
                    Duration.ofSeconds(30));
            if (!result.succeeded()) {
                throw new AppaloftException(dev.appaloft.api.error.ErrorCode.DEPENDENCY_SECRET_ROTATION_FAILED,
                        "Redis refused the new password: " + PostgresDumps.clip(result.stderr()));
            }
        } finally {
            PostgresDumps.removeInside(runtime, instance, file);
        }
    }

    static void restore(DeploymentRuntime runtime, RuntimeInstance instance, ArtifactStore artifacts,
                        DependencyBackup backup, String attemptId) throws WorkFailure {
        String name = "appaloft-restore-" + attemptId + ".rdb";
        String inside = "/tmp/" + name;
        try {
            PostgresDumps.copyIn(runtime, instance, artifacts, backup, inside);
            CommandResult restored = runtime.exec(instance, List.of("sh", "-c", RESTORE, "sh", "/tmp", name,
                    String.valueOf(HELPER_PORT)), TIMEOUT);
            if (!restored.succeeded()) {
                throw new WorkFailure("restore", "redis_restore_failed", "the Redis restore exited with "
                        + restored.exitCode() + ": " + PostgresDumps.clip(restored.stderr()), false);
            }
        } catch (AppaloftException e) {
            throw new WorkFailure("restore", e.code().code(), PostgresDumps.clip(e.getMessage()), e.code().retryable());
        } catch (IOException e) {
            throw new WorkFailure("store", "artifact_store_failed", PostgresDumps.clip(e.toString()), true);
        } finally {
            PostgresDumps.removeInside(runtime, instance, inside);
        }
    }
}
