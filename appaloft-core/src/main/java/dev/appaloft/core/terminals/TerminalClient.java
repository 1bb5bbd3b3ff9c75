package dev.appaloft.core.terminals;

/**
 * A client attached to a terminal (the WebSocket). Called on the runtime's thread: must not block
 * for long.
 */
public interface TerminalClient {

    /** Bytes the shell wrote (on attach, the retained output first). */
    void output(byte[] bytes);

    /** The session ended ({@code reason}: closed, exited, expired, idle, replaced); nothing more comes. */
    void ended(String reason);
}
