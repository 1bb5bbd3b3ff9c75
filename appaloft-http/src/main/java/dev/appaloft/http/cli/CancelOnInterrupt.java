package dev.appaloft.http.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a deployment runs: asks whether to cancel it (on a terminal; a second Ctrl-C while
 * asking means yes; without a terminal there is nobody to ask, so it cancels), then cancels it through
 * {@code deployments.cancel}, which stops and removes the half-started attempt and keeps the running
 * app. The command then waits for the deployment to end and exits with {@link ExitCode#INTERRUPTED}.
 * Until the deployment's id is known a cancel is held, and sent as soon as it is.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private final Consumer<String> cancel;
    private final Runnable beforeQuestion;
    private final Console console;
    private final Signal signal = new Signal("INT");
    private final SignalHandler previous;
    private final AtomicBoolean asking = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean sent = new AtomicBoolean();
    private volatile String deploymentId;

    CancelOnInterrupt(Consumer<String> cancel, Runnable beforeQuestion, Console console) {
        this.cancel = cancel;
        this.beforeQuestion = beforeQuestion;
        this.console = console;
        this.previous = install();
    }

    /** Null when the JVM does not let us have SIGINT (it was ignored at start, or -Xrs): Ctrl-C then just exits. */
    private SignalHandler install() {
        try {
            return Signal.handle(signal, s -> interrupted());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** The deployment is known: a cancel asked for before is sent now. */
    void deployment(String id) {
        if (deploymentId == null) {
            deploymentId = id;
            if (wanted.get()) {
                send();
            }
        }
    }

    boolean canceled() {
        return wanted.get();
    }

    private void interrupted() {
        if (wanted.get()) {
            return;
        }
        if (console == null || !asking.compareAndSet(false, true)) {
            want();
            return;
        }
        // signal handlers run on their own thread: asking here leaves the stream reading on
        new Thread(() -> {
            beforeQuestion.run();
            console.printf("%nCancel the deployment%s? [y/N] ", deploymentId == null ? "" : " " + deploymentId);
            console.flush();
            String answer;
            try {
                BufferedReader reader = new BufferedReader(console.reader());
                answer = reader.readLine();
            } catch (java.io.IOException e) {
                answer = null;
            }
            if (answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                want();
            } else {
                console.printf("continuing%n");
                console.flush();
            }
            asking.set(false);
        }, "appaloft-cancel-question").start();
    }

    private void want() {
        wanted.set(true);
        if (deploymentId != null) {
            send();
        }
    }

    private void send() {
        if (sent.compareAndSet(false, true)) {
            cancel.accept(deploymentId);
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(signal, previous);
        }
    }
}
