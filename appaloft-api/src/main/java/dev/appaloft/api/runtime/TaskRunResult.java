package dev.appaloft.api.runtime;

import java.util.List;

/**
 * How a one-off task container ended: its exit code (null when it never exited on its own, e.g.
 * killed at its timeout), whether the timeout killed it, and what it wrote, oldest first
 * ({@code truncated}: the runtime kept only the last lines).
 */
public record TaskRunResult(Integer exitCode, boolean timedOut, List<InstanceLogLine> output, boolean truncated) {

    public TaskRunResult {
        output = output == null ? List.of() : List.copyOf(output);
    }
}
