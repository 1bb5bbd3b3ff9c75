package dev.appaloft.runtime.docker.compose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one command on the machine the stack runs on (this host through Commons Exec, a server
 * over its SSH connection). Implementations never log {@code environment} values.
 */
public interface ComposeCommands {

    /** How a command ended: its exit code (-1 when it could not start or timed out) and its last output lines. */
    record Result(int exitCode, List<String> tail) {
        public Result {
            tail = List.copyOf(tail);
        }

        public boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * @param environment variables added to the command's environment (the stack's variables)
     * @param directory the working directory (null: any)
     * @param output each line of output (stdout and stderr), as it comes
     */
    Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeout,
               Consumer<String> output);
}
