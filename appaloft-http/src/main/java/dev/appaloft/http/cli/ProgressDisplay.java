package dev.appaloft.http.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The live view of a deployment on stderr. On a terminal it is compact: one line per finished phase
 * ({@code ✓ build 4.2s}) and one line that is rewritten in place with the running phase and its latest
 * log line. Elsewhere (a pipe, a CI log) every log line is printed once, prefixed with its phase. The
 * last lines are kept to show again when the deployment fails.
 */
final class ProgressDisplay {

    static final int KEPT_LINES = 15;
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final Deque<String> last = new ArrayDeque<>();
    private String phase;
    private long phaseStarted = System.nanoTime();
    private boolean lineOpen;

    ProgressDisplay(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** A log line of {@code phase} (null: the deployment's own status lines). */
    void line(String newPhase, String message) {
        String text = message == null ? "" : message.strip();
        last.addLast((newPhase == null ? "" : "[" + newPhase + "] ") + text);
        while (last.size() > KEPT_LINES) {
            last.removeFirst();
        }
        if (quiet) {
            return;
        }
        if (newPhase != null && !newPhase.equals(phase)) {
            endPhase(true);
            phase = newPhase;
            phaseStarted = System.nanoTime();
        }
        if (terminal) {
            String shown = "  " + (phase == null ? "" : phase + ": ") + text.replace('\n', ' ');
            err.print("\r\033[K" + (shown.length() > WIDTH ? shown.substring(0, WIDTH - 1) + "…" : shown));
            lineOpen = true;
        } else {
            // status lines belong to no phase
            err.println((newPhase == null ? "" : phase + ": ") + text);
        }
        err.flush();
    }

    /** Closes the running phase's line, marked done or not. */
    void endPhase(boolean ok) {
        if (quiet || phase == null) {
            return;
        }
        if (terminal) {
            err.print("\r\033[K");
            err.println((ok ? "✓ " : "✗ ") + phase + " " + seconds(System.nanoTime() - phaseStarted));
            lineOpen = false;
            err.flush();
        }
        phase = null;
    }

    /** Ends the display (a question or the result follows on a clean line). */
    void pause() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }

    List<String> lastLines() {
        return List.copyOf(last);
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
