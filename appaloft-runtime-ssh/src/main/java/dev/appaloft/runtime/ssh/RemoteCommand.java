package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * One command running on a server, on its own channel of the pooled connection. The command runs
 * under a shell that first prints its process id: sshd makes that shell a session leader, so a
 * cancel or a timeout kills the whole process group on the server (closing the channel alone
 * would leave e.g. a {@code docker build} running there).
 */
public final class RemoteCommand {

    /** Output kept per stream; a longer output keeps its last part (where errors are). */
    static final int MAX_CAPTURE = 256 * 1024;
    private static final String PID_MARK = "appaloft-pid:";
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    /** The threads that read remote output, shared by a pool's commands. */
    static final class Readers implements AutoCloseable {
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "appaloft-ssh-output");
            thread.setDaemon(true);
            return thread;
        });

        void submit(Runnable task) {
            threads.execute(task);
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }

    private final SSHClient client;
    private final Session session;
    private final Session.Command command;
    private final CompletableFuture<String> pid = new CompletableFuture<>();
    private final CompletableFuture<String> stdout;
    private final CompletableFuture<String> stderr;
    private final Runnable onDone;
    private final Runnable onBroken;
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private final long started = System.nanoTime();

    private RemoteCommand(SSHClient client, Session session, Session.Command command, RemoteIo io,
                          Readers readers, Runnable onDone, Runnable onBroken) {
        this.client = client;
        this.session = session;
        this.command = command;
        this.onDone = onDone;
        this.onBroken = onBroken;
        this.stdout = CompletableFuture.supplyAsync(() -> read(command.getInputStream(), io.stdoutLines(), true),
                readers.threads);
        this.stderr = CompletableFuture.supplyAsync(() -> read(command.getErrorStream(), io.stderrLines(), false),
                readers.threads);
        CompletableFuture.runAsync(() -> feed(io.stdin()), readers.threads);
    }

    static RemoteCommand start(SSHClient client, String commandLine, RemoteIo io, Readers readers,
                               Runnable onDone, Runnable onBroken) {
        try {
            Session session = client.startSession();
            Session.Command command = session.exec("printf '" + PID_MARK + "%s\\n' $$; " + commandLine);
            return new RemoteCommand(client, session, command, io, readers, onDone, onBroken);
        } catch (IOException e) {
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "could not start a command: " + e.getMessage());
        }
    }

    /** Writes the command's input, then closes it: without input the command reads end of file at once. */
    private void feed(RemoteIo.Stdin stdin) {
        try (java.io.OutputStream in = command.getOutputStream()) {
            if (stdin != null) {
                stdin.write(in);
            }
        } catch (IOException e) {
            // the command ended (or was killed) before it read all its input: its exit status says so
        }
    }

    /**
     * Waits for the command to end. When {@code timeout} passes first it is killed on the server
     * and the call ends {@code ssh_command_timeout}; after {@link #cancel} it ends
     * {@code ssh_command_canceled}.
     */
    public ExecResult await(Duration timeout) {
        return await(timeout, () -> false);
    }

    /**
     * As {@link #await(Duration)}, and stops the command on the server as soon as {@code stop}
     * answers true (it is asked about twice a second): the call then ends {@code ssh_command_canceled}.
     */
    public ExecResult await(Duration timeout, java.util.function.BooleanSupplier stop) {
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            String out = null;
            while (out == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    out = stdout.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException stillRunning) {
                    if (stop.getAsBoolean()) {
                        cancel();
                    }
                    if (canceled.get()) {
                        throw new AppaloftException(SshErrors.COMMAND_CANCELED, "the command was canceled and stopped"
                                + " on the server");
                    }
                }
            }
            String err = stderr.get(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            command.join(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            if (canceled.get()) {
                throw new AppaloftException(SshErrors.COMMAND_CANCELED, "the command was canceled");
            }
            Integer exit = command.getExitStatus();
            if (exit == null && command.getExitSignal() == null && !client.isConnected()) {
                onBroken.run(); // the output ended because the connection did, not the command
                throw new AppaloftException(SshErrors.CONNECTION_LOST, "the connection dropped while the command ran");
            }
            return new ExecResult(exit == null ? -1 : exit, out, err, Duration.ofNanos(System.nanoTime() - started));
        } catch (TimeoutException e) {
            kill();
            throw new AppaloftException(SshErrors.COMMAND_TIMEOUT, "the command did not end within "
                    + timeout.toSeconds() + " s and was stopped on the server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new AppaloftException(SshErrors.COMMAND_CANCELED, "interrupted; the command was stopped on the server");
        } catch (ExecutionException | IOException e) {
            if (canceled.get()) {
                throw new AppaloftException(SshErrors.COMMAND_CANCELED, "the command was canceled");
            }
            onBroken.run();
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "the connection dropped while the command ran");
        } finally {
            finish();
        }
    }

    /** Stops the command on the server (its whole process group); {@link #await} then ends canceled. */
    public void cancel() {
        canceled.set(true);
        kill();
    }

    private void kill() {
        String group = pid.getNow(null);
        if (group != null && client.isConnected()) {
            signal("TERM", group);
            try {
                command.join(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (IOException ignored) {
                // the channel closed: the command ended
            }
            if (command.isOpen()) {
                signal("KILL", group);
            }
        }
        finish();
    }

    private void signal(String signal, String group) {
        signalGroup(client, signal, group);
    }

    /**
     * Sends {@code signal} on the server to the process group led by the process whose id
     * {@code pidExpression} gives (a shell word), or to that process and its children when it leads
     * none. Quiet when the connection is gone: sshd then ends the session's processes itself.
     */
    static void signalGroup(SSHClient client, String signal, String pidExpression) {
        if (!client.isConnected()) {
            return;
        }
        try (Session killer = client.startSession()) {
            killer.exec("p=" + pidExpression + " && { kill -" + signal + " -- -\"$p\" 2>/dev/null || { pkill -" + signal
                    + " -P \"$p\"; kill -" + signal + " \"$p\"; }; }").join(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException ignored) {
            // the connection broke: sshd ends the session's processes on its own (SIGHUP)
        }
    }

    private void finish() {
        if (done.compareAndSet(false, true)) {
            try {
                session.close();
            } catch (IOException ignored) {
                // already closed by the server
            }
            onDone.run();
        }
    }

    private String read(InputStream stream, Consumer<String> lines, boolean first) {
        Tail tail = new Tail(MAX_CAPTURE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            boolean expectPid = first;
            while ((line = reader.readLine()) != null) {
                if (expectPid) {
                    expectPid = false;
                    if (line.startsWith(PID_MARK)) {
                        pid.complete(line.substring(PID_MARK.length()).trim());
                        continue;
                    }
                }
                tail.add(line);
                if (lines != null) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tail.text();
    }

    /** The last {@code max} characters of a stream, in whole lines. */
    private static final class Tail {
        private final int max;
        private final java.util.ArrayDeque<String> lines = new java.util.ArrayDeque<>();
        private int size;

        Tail(int max) {
            this.max = max;
        }

        void add(String line) {
            lines.addLast(line);
            size += line.length() + 1;
            while (size > max && lines.size() > 1) {
                size -= lines.removeFirst().length() + 1;
            }
        }

        String text() {
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }
    }
}
