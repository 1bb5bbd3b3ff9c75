package dev.appaloft.runtime.docker.internal;

import java.util.ArrayDeque;
import java.util.List;

/** Keeps the last N lines of an output stream, for failure messages. Thread-safe. */
public final class RecentLines {
  private final int capacity;
  private final ArrayDeque<String> lines;

  public RecentLines(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.lines = new ArrayDeque<>(capacity);
  }

  public synchronized void add(String line) {
    if (lines.size() == capacity) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }

  /** Oldest first. */
  public synchronized List<String> snapshot() {
    return List.copyOf(lines);
  }
}
