package dev.appaloft.api.runtime;

/** A running TTY shell ({@link DeploymentRuntime#openTerminal}); close it to end the shell. */
public interface TerminalChannel extends AutoCloseable {

    /** The absolute directory the shell started in. */
    String workingDirectory();

    /** Sends keystrokes to the shell. */
    void input(byte[] bytes);

    /** Tells the TTY its new size. */
    void resize(int rows, int cols);

    /** Ends the shell; idempotent. */
    @Override
    void close();
}
