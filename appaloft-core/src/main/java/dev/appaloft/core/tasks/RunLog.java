package dev.appaloft.core.tasks;

import java.time.Instant;
import java.util.List;

/** What one run wrote, masked, oldest first: one document per run, id = the run's id. */
record RunLog(String id, String organizationId, List<Line> lines, boolean truncated) {

    /** Lines kept per run; the oldest go first (the end of a run's output is where its failure is). */
    static final int MAX_LINES = 5_000;
    /** A line longer than this is cut. */
    static final int MAX_LINE = 8_192;

    RunLog {
        lines = List.copyOf(lines);
    }

    /** {@code stream}: stdout, stderr or system (the runner's own notes). */
    record Line(Instant at, String stream, String message) {
    }
}
