package dev.appaloft.runtime.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs a read-only shell script on this host and returns what it printed by the deadline. */
final class LocalShell {

  private static final int MAX_OUTPUT = 1 << 20;

  private LocalShell() {}

  /** The script's standard output (stderr is discarded); cut short when it outlives {@code timeout}. */
  static String run(String script, Duration timeout) {
    Process process;
    try {
      process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream(), out), "appaloft-capacity-shell");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      reader.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (out) {
          if (out.size() + n > MAX_OUTPUT) {
            return;
          }
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException ignored) {
      // what was read so far is the reading
    }
  }
}
