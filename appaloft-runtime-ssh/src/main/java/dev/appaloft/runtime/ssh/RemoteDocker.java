package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The docker CLI on one server, over its pooled SSH connection. A failed command becomes an
 * {@link AppaloftException} with the caller's code and the tail of what docker printed.
 */
final class RemoteDocker {

    static final ErrorCode DOCKER_UNAVAILABLE = new ErrorCode("ssh_docker_unavailable", 502, true);

    private final SshConnections connections;
    private final String serverKey;
    private final Supplier<SshTarget> target;

    RemoteDocker(SshConnections connections, String serverKey, Supplier<SshTarget> target) {
        this.connections = connections;
        this.serverKey = serverKey;
        this.target = target;
    }

    SshTarget target() {
        return target.get();
    }

    String serverKey() {
        return serverKey;
    }

    SshConnections connections() {
        return connections;
    }

    /** Runs {@code docker <args>}; any exit status is returned. */
    /** {@code docker args...} with a PTY, bridged to a terminal (a shell in a container). */
    dev.appaloft.api.runtime.TerminalChannel terminal(List<String> args, String workingDirectory,
                                                     dev.appaloft.api.runtime.TerminalRequest request,
                                                     dev.appaloft.api.runtime.TerminalOutput output) {
        java.util.List<String> words = new java.util.ArrayList<>(List.of("exec", "docker"));
        words.addAll(args);
        return connections.holdClient(serverKey, target.get(), (client, release) -> SshTerminal.start(client, release,
                Shell.join(words), workingDirectory, request, output));
    }

    ExecResult run(List<String> args, RemoteIo io, Duration timeout) {
        return run(args, io, timeout, () -> false);
    }

    /**
     * Runs {@code docker <args>}, stopped on the server once {@code stop} says so. A short command
     * with no input and no streamed lines runs on one of the connection's kept-open shells.
     */
    ExecResult run(List<String> args, RemoteIo io, Duration timeout, java.util.function.BooleanSupplier stop) {
        String line = "docker " + Shell.join(args);
        ExecResult result = io == RemoteIo.NONE ? connections.run(serverKey, target.get(), line, timeout)
                : connections.start(serverKey, target.get(), line, io).await(timeout, stop);
        if (result.exitStatus() == 127) {
            throw new AppaloftException(DOCKER_UNAVAILABLE, "docker is not installed on the server or not on the"
                    + " PATH of " + target.get().username());
        }
        return result;
    }

    /** Runs {@code docker <args>} and fails with {@code code} unless it exits 0. */
    ExecResult require(ErrorCode code, String what, List<String> args, RemoteIo io, Duration timeout) {
        return require(code, what, args, io, timeout, () -> false);
    }

    ExecResult require(ErrorCode code, String what, List<String> args, RemoteIo io, Duration timeout,
                       java.util.function.BooleanSupplier stop) {
        ExecResult result = run(args, io, timeout, stop);
        if (!result.succeeded()) {
            throw failure(code, what, result);
        }
        return result;
    }

    static AppaloftException failure(ErrorCode code, String what, ExecResult result) {
        String tail = tail(result.stderr().isBlank() ? result.stdout() : result.stderr());
        if (tail.contains("Cannot connect to the Docker daemon") || tail.contains("permission denied while trying")) {
            code = DOCKER_UNAVAILABLE;
        }
        return new AppaloftException(code, what + " failed on the server: " + lastLine(tail), List.of(),
                tail.isEmpty() ? java.util.Map.of() : java.util.Map.of("outputTail", tail), null);
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 2000 ? trimmed : trimmed.substring(trimmed.length() - 2000);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
