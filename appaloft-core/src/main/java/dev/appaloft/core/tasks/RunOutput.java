package dev.appaloft.core.tasks;

import dev.appaloft.core.secrets.SecretMask;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A run's log as it is written: every line masked, cut at {@link RunLog#MAX_LINE}, and at most
 * {@link RunLog#MAX_LINES} kept (the oldest are dropped). Used by one worker thread.
 */
final class RunOutput {

    private final Supplier<Instant> clock;
    private final Deque<RunLog.Line> lines = new ArrayDeque<>();
    private SecretMask mask = SecretMask.NONE;
    private boolean truncated;

    RunOutput(Supplier<Instant> clock) {
        this.clock = clock;
    }

    void mask(SecretMask value) {
        this.mask = value;
    }

    /** A note of the runner's own (stream {@code system}). */
    void system(String message) {
        line("system", null, message);
    }

    void line(String stream, Instant at, String message) {
        String text = mask.apply(message).text();
        if (text.length() > RunLog.MAX_LINE) {
            text = text.substring(0, RunLog.MAX_LINE) + " [cut]";
        }
        lines.addLast(new RunLog.Line(at == null ? clock.get() : at, stream, text));
        while (lines.size() > RunLog.MAX_LINES) {
            lines.removeFirst();
            truncated = true;
        }
    }

    String masked(String text) {
        return text == null ? null : mask.apply(text).text();
    }

    RunLog toLog(ScheduledTaskRun run) {
        return new RunLog(run.id(), run.organizationId(), List.copyOf(lines), truncated);
    }
}
