package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * A shell kept open on a connection that runs short commands one after another, so a command
 * costs a fork on the server rather than a new SSH session (which sshd sets up with a process of
 * its own: tens to hundreds of milliseconds). Each command runs as a job in its own process group
 * ({@code setsid}), fed no input, and ends with a marker that only this call knows, carrying its
 * exit status. A timeout kills the job's group; that shell, like one that died, is then closed
 * and not reused (its framing can no longer be trusted).
 */
final class ShellSession implements AutoCloseable {

    private static final String END = "appaloft-end:";
    private static final String EOF = "\u0000eof";

    private final SSHClient client;
    private final Session session;
    private final Session.Command shell;
    private final OutputStream stdin;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
    private volatile boolean broken;

    private ShellSession(SSHClient client, Session session, Session.Command shell, RemoteCommand.Readers readers) {
        this.client = client;
        this.session = session;
        this.shell = shell;
        this.stdin = shell.getOutputStream();
        readers.submit(() -> pump(new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8)), out));
        readers.submit(() -> pump(new BufferedReader(new InputStreamReader(shell.getErrorStream(), StandardCharsets.UTF_8)), err));
    }

    static ShellSession open(SSHClient client, RemoteCommand.Readers readers) throws IOException {
        Session session = client.startSession();
        Session.Command shell = session.exec("exec sh");
        ShellSession opened = new ShellSession(client, session, shell, readers);
        // a job gets a session (and so a process group) of its own where setsid exists
        opened.send("command -v setsid >/dev/null 2>&1 && appaloft_setsid=setsid || appaloft_setsid=\n");
        return opened;
    }

    boolean usable() {
        return !broken && shell.isOpen();
    }

    /** Runs one command line; its output is kept whole up to the capture limit, as {@link RemoteCommand} does. */
    ExecResult run(String commandLine, Duration timeout) {
        String marker = UUID.randomUUID().toString();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try {
            // the job's id goes to a file, not the output, so a kill can find it and nothing is mixed in
            String pidFile = pidFile(marker);
            send("$appaloft_setsid sh -c " + Shell.quote(commandLine) + " </dev/null &\n"
                    + "echo $! > " + pidFile + "; wait $!; appaloft_rc=$?; rm -f " + pidFile + "\n"
                    + "printf '\\n" + END + "%s:%s\\n' '" + marker + "' \"$appaloft_rc\"\n"
                    + "printf '\\n" + END + "%s\\n' '" + marker + "' >&2\n");
            StringBuilder stdout = new StringBuilder();
            String endLine = collect(out, END + marker + ":", stdout, deadline, marker);
            StringBuilder stderr = new StringBuilder();
            collect(err, END + marker, stderr, deadline, marker);
            int exit = Integer.parseInt(endLine.substring(END.length() + marker.length() + 1).trim());
            return new ExecResult(exit, trimAddedNewline(stdout), trimAddedNewline(stderr),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppaloftException known) {
                throw known;
            }
            broken = true;
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "the connection dropped while the command ran");
        }
    }

    /** Lines of one stream up to the line starting with {@code end}, which is returned. */
    private String collect(BlockingQueue<String> lines, String end, StringBuilder into, long deadline, String marker)
            throws IOException {
        while (true) {
            String line;
            try {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killJob(marker);
                throw new AppaloftException(SshErrors.COMMAND_CANCELED, "interrupted; the command was stopped on the server");
            }
            if (line == null) {
                killJob(marker);
                broken = true; // its end marker may still come: this shell is not trusted again
                throw new AppaloftException(SshErrors.COMMAND_TIMEOUT, "the command did not end in time and was"
                        + " stopped on the server");
            }
            if (line == EOF) {
                broken = true;
                throw new IOException("the shell ended");
            }
            if (line.startsWith(end)) {
                return line;
            }
            if (into.length() < RemoteCommand.MAX_CAPTURE) {
                into.append(line).append('\n');
            }
        }
    }

    private void killJob(String marker) {
        RemoteCommand.signalGroup(client, "KILL", "$(cat " + pidFile(marker) + " 2>/dev/null)");
    }

    private static String pidFile(String marker) {
        return "/tmp/appaloft-job-" + marker;
    }

    /** The framing adds one newline before each end marker. */
    private static String trimAddedNewline(StringBuilder text) {
        int n = text.length();
        if (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return text.substring(0, n - 1);
        }
        return n == 1 && text.charAt(0) == '\n' ? "" : text.toString();
    }

    private void send(String script) throws IOException {
        stdin.write(script.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private void pump(BufferedReader reader, BlockingQueue<String> into) {
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) {
                into.add(line);
            }
        } catch (IOException ignored) {
            // the channel closed
        } finally {
            into.add(EOF);
        }
    }

    @Override
    public void close() {
        broken = true;
        try {
            session.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
