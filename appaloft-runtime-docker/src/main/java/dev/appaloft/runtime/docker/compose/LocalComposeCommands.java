package dev.appaloft.runtime.docker.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.LogOutputStream;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * Commands on this host, through Commons Exec: no shell in between (arguments are passed as they
 * are), a watchdog for the timeout, output streamed line by line, and the stack's variables added
 * to this process's environment (the Compose CLI takes value-less {@code environment} entries from
 * there, so no secret is written to a file).
 */
public final class LocalComposeCommands implements ComposeCommands {

    static final int TAIL = 40;
    private final String dockerHost;

    /** @param dockerHost the engine the CLI talks to ({@code DOCKER_HOST}); null: its default */
    public LocalComposeCommands(String dockerHost) {
        this.dockerHost = dockerHost;
    }

    @Override
    public Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeout,
                      Consumer<String> output) {
        CommandLine line = new CommandLine(command.get(0));
        command.subList(1, command.size()).forEach(arg -> line.addArgument(arg, false));
        Deque<String> tail = new ArrayDeque<>();
        LogOutputStream sink = new LogOutputStream() {
            @Override
            protected void processLine(String text, int level) {
                synchronized (tail) {
                    tail.addLast(text);
                    if (tail.size() > TAIL) {
                        tail.removeFirst();
                    }
                }
                output.accept(text);
            }
        };
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(directory == null ? null : directory.toFile()).get();
        executor.setStreamHandler(new PumpStreamHandler(sink));
        executor.setWatchdog(ExecuteWatchdog.builder().setTimeout(timeout).get());
        executor.setExitValues(null); // every exit code is an answer, not an exception
        Map<String, String> env = new HashMap<>(System.getenv());
        if (dockerHost != null) {
            env.put("DOCKER_HOST", dockerHost);
        }
        env.putAll(environment);
        int exit;
        try {
            exit = executor.execute(line, env);
        } catch (ExecuteException e) {
            exit = e.getExitValue();
        } catch (IOException e) {
            synchronized (tail) {
                tail.addLast(command.get(0) + " could not be run: " + e.getMessage());
            }
            exit = -1;
        } finally {
            try {
                sink.close();
            } catch (IOException ignored) {
                // the pump already ended
            }
        }
        if (executor.getWatchdog().killedProcess()) {
            synchronized (tail) {
                tail.addLast("timed out after " + timeout.toSeconds() + " s");
            }
            exit = -1;
        }
        synchronized (tail) {
            return new Result(exit, List.copyOf(tail));
        }
    }
}
