package dev.appaloft.runtime.docker.internal;

import java.util.function.Consumer;

/**
 * Turns arbitrary text chunks (build stream items, log frames) into whole lines. The engine splits
 * output where it likes, so a line may span chunks and a chunk may hold several lines.
 */
public final class LineSplitter {
  private final Consumer<String> sink;
  private final StringBuilder pending = new StringBuilder();

  public LineSplitter(Consumer<String> sink) {
    this.sink = sink;
  }

  public synchronized void accept(String chunk) {
    if (chunk == null || chunk.isEmpty()) {
      return;
    }
    pending.append(chunk);
    int start = 0;
    for (int i = 0; i < pending.length(); i++) {
      if (pending.charAt(i) == '\n') {
        emit(pending.substring(start, i));
        start = i + 1;
      }
    }
    pending.delete(0, start);
  }

  /** Emits what is left after the last newline, if anything. */
  public synchronized void flush() {
    if (pending.length() > 0) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  private void emit(String line) {
    sink.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
  }
}
