package dev.appaloft.runtime.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * What a remote command reads and where its lines go while it runs: {@code stdin}, when given,
 * writes the command's standard input (closed after it returns, which the command sees as end of
 * input); the line consumers see each line as it arrives. Output is captured either way.
 */
public record RemoteIo(Stdin stdin, Consumer<String> stdoutLines, Consumer<String> stderrLines) {

    /** Writes a command's standard input. Secrets go here rather than on a command line. */
    @FunctionalInterface
    public interface Stdin {
        void write(OutputStream in) throws IOException;
    }

    public static final RemoteIo NONE = new RemoteIo(null, null, null);

    public static RemoteIo stdout(Consumer<String> lines) {
        return new RemoteIo(null, lines, null);
    }

    public static RemoteIo input(Stdin stdin) {
        return new RemoteIo(stdin, null, null);
    }

    public RemoteIo withLines(Consumer<String> stdout, Consumer<String> stderr) {
        return new RemoteIo(stdin, stdout, stderr);
    }
}
