package dev.appaloft.core.dependencies;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.work.WorkFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A MySQL dump, its replay and a password change, inside the database's own container, as the
 * database's own user over the container's loopback (root is local to the container and its
 * password is not kept). The login reaches the client through an option file copied into the
 * container for the one command and removed after it, so the password is never on a command line,
 * in a log or in a failure message. The commands use the MySQL client names, which the official
 * image and the offline MariaDB one both have.
 */
final class MysqlDumps {

    static final String FORMAT = "mysqldump-sql";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(30);

    private MysqlDumps() {
    }

    /** A client option file logging {@code user} in with {@code password} over the container's loopback. */
    static String optionFile(String user, String password) {
        return "[client]\nuser=" + quoted(user) + "\npassword=" + quoted(password) + "\nhost=127.0.0.1\nport="
                + DatabaseKinds.MYSQL_PORT + "\n";
    }

    /** An option file value in double quotes: the client reads {@code \\} and {@code \"} back as one character. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A SQL string literal (the default sql_mode reads backslash escapes). */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static StoredArtifact dump(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d,
                               String password, ArtifactStore artifacts, String key, String attemptId)
            throws WorkFailure {
        String login = "/tmp/appaloft-login-" + attemptId + ".cnf";
        String inside = "/tmp/appaloft-backup-" + attemptId + ".sql";
        try {
            copyLogin(runtime, instance, login, d.credentials().user(), password);
            // --single-transaction: a consistent snapshot of InnoDB tables without locking them
            return PostgresDumps.dumpWith(runtime, instance, artifacts, key, inside, List.of("mysqldump",
                    "--defaults-extra-file=" + login, "--single-transaction", "--no-tablespaces", "--triggers",
                    "--add-drop-table", "-r", inside, d.credentials().database()), "mysqldump");
        } catch (AppaloftException e) {
            throw new WorkFailure("dump", e.code().code(), PostgresDumps.clip(e.getMessage()), e.code().retryable());
        } finally {
            PostgresDumps.removeInside(runtime, instance, login);
        }
    }

    static void restore(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d, String password,
                        ArtifactStore artifacts, DependencyBackup backup, String attemptId) throws WorkFailure {
        String login = "/tmp/appaloft-login-" + attemptId + ".cnf";
        String inside = "/tmp/appaloft-restore-" + attemptId + ".sql";
        try {
            PostgresDumps.copyIn(runtime, instance, artifacts, backup, inside);
            copyLogin(runtime, instance, login, d.credentials().user(), password);
            CommandResult restored = client(runtime, instance, login, d.credentials().database(), inside,
                    COMMAND_TIMEOUT);
            if (!restored.succeeded()) {
                throw new WorkFailure("restore", "mysql_restore_failed", "mysql exited with " + restored.exitCode()
                        + ": " + PostgresDumps.clip(restored.stderr()), false);
            }
        } catch (AppaloftException e) {
            throw new WorkFailure("restore", e.code().code(), PostgresDumps.clip(e.getMessage()), e.code().retryable());
        } catch (IOException e) {
            throw new WorkFailure("store", "artifact_store_failed", PostgresDumps.clip(e.toString()), true);
        } finally {
            PostgresDumps.removeInside(runtime, instance, login);
            PostgresDumps.removeInside(runtime, instance, inside);
        }
    }

    /**
     * The user's password changed by the user itself, logged in with the current one: the new one
     * travels in a SQL file, never on a command line.
     */
    static void setPassword(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d,
                            String current, String next) {
        String id = Long.toHexString(System.nanoTime()) + Long.toHexString(Double.doubleToLongBits(Math.random()));
        String login = "/tmp/appaloft-login-" + id + ".cnf";
        String mysql = "/tmp/appaloft-rotate-" + id + ".sql";
        String mariadb = "/tmp/appaloft-rotate-" + id + "-mariadb.sql";
        try {
            copyLogin(runtime, instance, login, d.credentials().user(), current);
            copy(runtime, instance, mysql, passwordChange(next, false));
            copy(runtime, instance, mariadb, passwordChange(next, true));
            // the server says which it is
            CommandResult result = runtime.exec(instance, List.of("sh", "-c", "set -e; v=$(mysql"
                    + " --defaults-extra-file=\"$1\" -N -B -e 'select version()' \"$2\"); f=\"$3\";"
                    + " case \"$v\" in *MariaDB*) f=\"$4\" ;; esac; exec mysql --defaults-extra-file=\"$1\" \"$2\" < \"$f\"",
                    "sh", login, d.credentials().database(), mysql, mariadb), SHORT_TIMEOUT);
            if (!result.succeeded()) {
                throw new AppaloftException(ErrorCode.DEPENDENCY_SECRET_ROTATION_FAILED,
                        "the database refused the new password: " + PostgresDumps.clip(result.stderr()));
            }
        } finally {
            PostgresDumps.removeInside(runtime, instance, login);
            PostgresDumps.removeInside(runtime, instance, mysql);
            PostgresDumps.removeInside(runtime, instance, mariadb);
        }
    }

    /**
     * A user's own password change, which needs no privilege: MySQL takes {@code SET PASSWORD = 'plain'},
     * MariaDB reads that as a hash and wants {@code PASSWORD('plain')} (and its ALTER USER would need
     * CREATE USER).
     */
    static String passwordChange(String next, boolean mariadb) {
        return "SET PASSWORD = " + (mariadb ? "PASSWORD(" + literal(next) + ")" : literal(next)) + ";\n";
    }

    /** {@code mysql} logged in through {@code login}, reading its statements from the file {@code input}. */
    private static CommandResult client(DeploymentRuntime runtime, RuntimeInstance instance, String login,
                                        String database, String input, Duration timeout) {
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "exec mysql --defaults-extra-file=\"$1\" \"$2\" < \"$3\"", "sh", login, database, input));
        return runtime.exec(instance, command, timeout);
    }

    private static void copyLogin(DeploymentRuntime runtime, RuntimeInstance instance, String path, String user,
                                  String password) {
        copy(runtime, instance, path, optionFile(user, password));
    }

    private static void copy(DeploymentRuntime runtime, RuntimeInstance instance, String path, String content) {
        byte[] file = content.getBytes(StandardCharsets.UTF_8);
        runtime.copyToInstance(instance, path, new ByteArrayInputStream(file), file.length);
    }
}
