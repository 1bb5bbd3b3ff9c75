package dev.appaloft.runtime.docker.compose;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which Compose CLI a machine has: the {@code docker compose} plugin when it answers, else the
 * standalone {@code docker-compose} (Debian's 1.29 here). Both take the same commands this
 * runtime uses ({@code -p}, {@code -f}, {@code config}, {@code up -d --build}).
 */
public record ComposeCli(List<String> base, String version) {

    public static final ErrorCode COMPOSE_CLI_UNAVAILABLE = new ErrorCode("compose_cli_unavailable", 502, false);
    private static final Duration ASK = Duration.ofSeconds(20);

    public ComposeCli {
        base = List.copyOf(base);
    }

    /** The first CLI that answers {@code version}, plugin first. */
    public static ComposeCli detect(ComposeCommands commands) {
        List<String> plugin = List.of("docker", "compose");
        List<String> standalone = List.of("docker-compose");
        StringBuilder tried = new StringBuilder();
        for (List<String> candidate : List.of(plugin, standalone)) {
            List<String> ask = new ArrayList<>(candidate);
            ask.add("version");
            ComposeCommands.Result answer = commands.run(ask, Map.of(), null, ASK, line -> { });
            if (answer.ok()) {
                String version = answer.tail().isEmpty() ? "" : answer.tail().get(0).strip();
                return new ComposeCli(candidate, version);
            }
            tried.append(tried.length() == 0 ? "" : "; ").append(String.join(" ", candidate)).append(": ")
                    .append(answer.tail().isEmpty() ? "exit " + answer.exitCode() : answer.tail().get(answer.tail().size() - 1));
        }
        throw new AppaloftException(COMPOSE_CLI_UNAVAILABLE, "no Compose CLI on the server (install the docker compose "
                + "plugin or docker-compose): " + tried);
    }

    public boolean plugin() {
        return base.size() == 2;
    }

    /** {@code <cli> -p project -f file... args...}. */
    public List<String> command(String project, List<String> files, String... args) {
        List<String> command = new ArrayList<>(base);
        if (project != null) {
            command.add("-p");
            command.add(project);
        }
        for (String file : files) {
            command.add("-f");
            command.add(file);
        }
        command.addAll(List.of(args));
        return command;
    }
}
