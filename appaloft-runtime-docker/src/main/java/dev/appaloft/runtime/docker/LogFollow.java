package dev.appaloft.runtime.docker;

import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.runtime.docker.internal.StreamCallback;
import java.time.Duration;

/**
 * A running log follow. Lines keep arriving on the callback until {@link #close()}, or until the
 * container stops (the engine then ends the stream).
 */
public final class LogFollow implements LogFollower {
  private final StreamCallback<?> callback;

  LogFollow(StreamCallback<?> callback) {
    this.callback = callback;
  }

  /** Whether lines may still arrive. */
  @Override
  public boolean isOpen() {
    return !callback.isClosed();
  }

  /**
   * Waits for the stream to end by itself (the container stopped, or the stream broke).
   *
   * @return false when it was still open after {@code timeout}; it is then closed
   */
  public boolean awaitEnd(Duration timeout) throws InterruptedException {
    try {
      return callback.await(timeout);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** Stops following: no new output is handed to the callback after this returns. Idempotent. */
  @Override
  public void close() {
    callback.close();
  }
}
