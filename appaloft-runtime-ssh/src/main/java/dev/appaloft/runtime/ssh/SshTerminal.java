package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import dev.appaloft.api.runtime.TerminalRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A login shell on an SSH server with a PTY, on the server's pooled connection (held until the
 * shell ends). The shell starts in the login's home, or the relative directory below it; a
 * reader thread hands its output on as it comes; resizing is the PTY's window-change request.
 */
final class SshTerminal implements TerminalChannel {

    private static final Logger LOG = LoggerFactory.getLogger(SshTerminal.class);

    private final Session session;
    private final Session.Command shell;
    private final OutputStream stdin;
    private final String workingDirectory;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SshTerminal(Session session, Session.Command shell, String workingDirectory, Runnable release) {
        this.session = session;
        this.shell = shell;
        this.stdin = shell.getOutputStream();
        this.workingDirectory = workingDirectory;
        this.release = release;
    }

    /** A login shell, in the home directory or {@code request}'s directory below it. */
    static SshTerminal open(SSHClient client, Runnable release, TerminalRequest request, TerminalOutput output) {
        String directory = request.workingDirectory();
        // with a PTY an exec'd login shell is interactive; cd first so a relative directory applies
        String cd = directory == null ? "cd" : "cd -- " + Shell.quote(directory);
        return start(client, release, cd + " && exec \"${SHELL:-/bin/sh}\" -l",
                directory == null ? "~" : "~/" + directory, request, output);
    }

    /** {@code command} with a PTY of the request's size (e.g. {@code docker exec -it ...}). */
    static SshTerminal start(SSHClient client, Runnable release, String command, String workingDirectory,
                             TerminalRequest request, TerminalOutput output) {
        try {
            Session session = client.startSession();
            session.allocatePTY("xterm-256color", request.cols(), request.rows(), 0, 0, Map.of());
            Session.Command shell = session.exec(command);
            SshTerminal terminal = new SshTerminal(session, shell, workingDirectory, release);
            terminal.pump(shell.getInputStream(), output);
            return terminal;
        } catch (IOException e) {
            release.run();
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "could not open a shell on the server: "
                    + e.getMessage());
        }
    }

    private void pump(InputStream from, TerminalOutput output) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    if (n > 0) {
                        output.output(java.util.Arrays.copyOf(buffer, n));
                    }
                }
            } catch (IOException e) {
                if (!closed.get()) {
                    LOG.debug("server shell output ended: {}", e.toString());
                }
            } finally {
                close();
                output.ended();
            }
        }, "appaloft-ssh-terminal");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public String workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void input(byte[] bytes) {
        try {
            stdin.write(bytes);
            stdin.flush();
        } catch (IOException e) {
            LOG.debug("server shell input failed: {}", e.toString());
        }
    }

    @Override
    public void resize(int rows, int cols) {
        try {
            // sshj's session channel is command and shell at once; window-change is on its shell face
            if (shell instanceof Session.Shell window) {
                window.changeWindowDimensions(cols, rows, 0, 0);
            }
        } catch (IOException e) {
            LOG.debug("server shell resize failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            shell.close();
            session.close();
        } catch (IOException e) {
            LOG.debug("closing a server shell: {}", e.toString());
        } finally {
            release.run();
        }
    }
}
