package dev.appaloft.api.runtime;

/**
 * Where a terminal's output goes. Both run on the runtime's own thread and must not block for long.
 */
public interface TerminalOutput {

    /** Bytes the TTY wrote (stdout and stderr are one stream on a TTY). */
    void output(byte[] bytes);

    /** The shell ended (it exited, or its connection was lost); nothing more comes. */
    void ended();
}
