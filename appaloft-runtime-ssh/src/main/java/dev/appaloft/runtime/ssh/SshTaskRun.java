package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.TaskRunRequest;
import dev.appaloft.api.runtime.TaskRunResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scheduled task's one-off container on an SSH server, through the docker CLI there: started
 * detached (variables on {@code --env-file /dev/stdin}, never on a command line), watched until
 * it exits or its timeout passes (then {@code docker kill}), its output read with the engine's
 * timestamps, and removed in every case.
 */
final class SshTaskRun {

    static final int OUTPUT_LINES = 2_000;
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(250);

    private final RemoteDocker docker;

    SshTaskRun(RemoteDocker docker) {
        this.docker = docker;
    }

    TaskRunResult run(TaskRunRequest request) {
        for (String value : request.environment().values()) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new AppaloftException(SshDockerRuntime.RUN_FAILED, "a variable value spans several lines, which"
                        + " docker's environment file cannot carry to the server");
            }
        }
        docker.run(List.of("rm", "--force", request.name()), RemoteIo.NONE, COMMAND_TIMEOUT); // an earlier leftover
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--name", request.name(), "--env-file",
                "/dev/stdin"));
        request.labels().forEach((k, v) -> args.addAll(List.of("--label", k + "=" + v)));
        if (request.network() != null) {
            args.addAll(List.of("--network", request.network().name()));
        }
        args.addAll(SshDockerRuntime.mountArgs(request.mounts()));
        args.add(request.image());
        args.addAll(request.command());
        StringBuilder envFile = new StringBuilder();
        request.environment().forEach((k, v) -> envFile.append(k).append('=').append(v).append('\n'));
        String id = docker.require(SshDockerRuntime.RUN_FAILED, "docker run", args,
                RemoteIo.input(in -> in.write(envFile.toString().getBytes(StandardCharsets.UTF_8))), COMMAND_TIMEOUT)
                .stdout().trim();
        try {
            Integer exitCode = awaitExit(id, request.timeout());
            boolean timedOut = exitCode == null;
            if (timedOut) {
                docker.run(List.of("kill", id), RemoteIo.NONE, COMMAND_TIMEOUT);
            }
            List<InstanceLogLine> lines = Collections.synchronizedList(new ArrayList<>());
            docker.run(List.of("logs", "--timestamps", "--tail", String.valueOf(OUTPUT_LINES + 1), id), new RemoteIo(null,
                    line -> lines.add(RemoteLogLines.parse(InstanceLogLine.Stream.STDOUT, line)),
                    line -> lines.add(RemoteLogLines.parse(InstanceLogLine.Stream.STDERR, line))), COMMAND_TIMEOUT);
            List<InstanceLogLine> ordered = RemoteLogLines.inOrder(lines);
            boolean truncated = ordered.size() > OUTPUT_LINES;
            return new TaskRunResult(exitCode, timedOut, truncated ? ordered.subList(1, ordered.size()) : ordered,
                    truncated);
        } finally {
            docker.run(List.of("rm", "--force", id), RemoteIo.NONE, COMMAND_TIMEOUT);
        }
    }

    /** The exit code, or null when the timeout passed first (or the wait was interrupted). */
    private Integer awaitExit(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ExecResult state = docker.require(SshDockerRuntime.DOCKER_FAILED, "docker inspect", List.of("inspect",
                    "--format", "{{.State.Running}} {{.State.ExitCode}}", id), RemoteIo.NONE, COMMAND_TIMEOUT);
            String[] parts = state.stdout().trim().split("\\s+");
            if (parts.length == 2 && parts[0].equals("false")) {
                return Integer.valueOf(parts[1]);
            }
            if (System.nanoTime() >= deadline) {
                return null;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
