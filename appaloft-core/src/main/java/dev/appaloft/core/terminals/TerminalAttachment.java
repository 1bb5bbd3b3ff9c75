package dev.appaloft.core.terminals;

/** A client's hold on a live terminal ({@link Terminals#attach}). */
public interface TerminalAttachment {

    /** Keystrokes for the shell. */
    void input(byte[] bytes);

    /** The client's window changed size; rows and columns are clamped to the open limits. */
    void resize(int rows, int cols);

    /** The client went away; the shell keeps running until it is closed or expires. */
    void detach();
}
