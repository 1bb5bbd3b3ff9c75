package dev.appaloft.runtime.docker;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One line a container wrote.
 *
 * @param timestamp when the engine received it; null when the engine sent none
 */
public record LogLine(Stream stream, Instant timestamp, String text) {
  /** Which output the line came from; TTY containers mix both into {@code STDOUT}. */
  public enum Stream {
    STDOUT,
    STDERR
  }

  public LogLine {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses a line as the engine sends it with timestamps on: {@code 2024-05-01T10:00:00.123456789Z
   * text}. A line without a leading timestamp is kept whole.
   */
  public static LogLine parse(Stream stream, String raw) {
    int space = raw.indexOf(' ');
    String first = space < 0 ? raw : raw.substring(0, space);
    if (first.length() >= 20 && first.charAt(4) == '-' && first.charAt(10) == 'T') {
      try {
        Instant at = Instant.parse(first);
        return new LogLine(stream, at, space < 0 ? "" : raw.substring(space + 1));
      } catch (DateTimeParseException ignored) {
        // not a timestamp after all: keep the line as it is
      }
    }
    return new LogLine(stream, null, raw);
  }
}
