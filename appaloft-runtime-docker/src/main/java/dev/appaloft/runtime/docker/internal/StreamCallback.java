package dev.appaloft.runtime.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A docker-java streaming callback that can be awaited with a deadline. Unlike docker-java's own
 * template it does not log errors at ERROR level: the caller rethrows them as
 * {@code DockerRuntimeException}, and an error after {@link #close()} (a follow we stopped) is
 * expected, not a failure.
 */
public abstract class StreamCallback<T> implements ResultCallback<T> {
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Closeable stream;
  private volatile boolean closed;
  private volatile Throwable error;

  @Override
  public void onStart(Closeable stream) {
    this.stream = stream;
    if (closed) {
      closeQuietly(stream);
    }
  }

  @Override
  public final void onNext(T item) {
    if (!closed) {
      handle(item);
    }
  }

  protected abstract void handle(T item);

  @Override
  public void onError(Throwable throwable) {
    if (!closed && error == null) {
      error = throwable;
    }
    close();
  }

  @Override
  public void onComplete() {
    close();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      closeQuietly(stream);
    }
    done.countDown();
  }

  public boolean isClosed() {
    return closed;
  }

  /**
   * Waits until the stream ends. Returns false when the deadline passed first (the stream is then
   * closed); rethrows the stream's error, if any.
   */
  public boolean await(Duration timeout) throws InterruptedException {
    boolean finished = done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      close();
    }
    Throwable failure = error;
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error fatal) {
      throw fatal;
    }
    if (failure != null) {
      throw new RuntimeException(failure);
    }
    return finished;
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // the stream is being abandoned; nothing useful to do with a close failure
    }
  }
}
