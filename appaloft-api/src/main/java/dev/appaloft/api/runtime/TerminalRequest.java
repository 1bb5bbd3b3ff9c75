package dev.appaloft.api.runtime;

/**
 * A TTY shell to start: in {@code workingDirectory} (null: the instance's own), sized
 * {@code rows} x {@code cols}.
 */
public record TerminalRequest(String workingDirectory, int rows, int cols) {
}
