package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import dev.appaloft.runtime.docker.internal.LineSplitter;
import dev.appaloft.runtime.docker.internal.StreamCallback;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a container's output (stdout and stderr, with the engine's timestamps). */
public final class DockerLogs {
  private static final Logger log = LoggerFactory.getLogger(DockerLogs.class);
  private static final Duration TAIL_TIMEOUT = Duration.ofSeconds(30);

  private final DockerClient client;

  DockerLogs(DockerClient client) {
    this.client = client;
  }

  /** The last {@code lines} lines, oldest first. */
  public List<LogLine> tail(String container, int lines) {
    return read(container, lines, null);
  }

  /**
   * The last {@code lines} lines (null: all) written at or after {@code since} (null: from the
   * start), oldest first. The engine filters by whole seconds: a caller that needs a finer cut
   * filters the lines' timestamps itself.
   */
  public List<LogLine> read(String container, Integer lines, Instant since) {
    if (lines != null && lines < 0) {
      throw new IllegalArgumentException("lines must not be negative");
    }
    List<LogLine> collected = Collections.synchronizedList(new ArrayList<>());
    LogCallback callback = new LogCallback(collected::add);
    try {
      command(container, lines, since).exec(callback);
      if (!callback.await(TAIL_TIMEOUT)) {
        log.warn("reading the logs of {} took over {}; returning what arrived", container, TAIL_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "read logs of " + container);
    }
    callback.flush();
    synchronized (collected) {
      return List.copyOf(collected);
    }
  }

  /**
   * Follows a container's output: first its last {@code tailLines} lines, then each new line as it
   * is written. {@code sink} runs on a docker-java stream thread and should not block for long.
   */
  public LogFollow follow(String container, int tailLines, Consumer<LogLine> sink) {
    return follow(container, tailLines, null, sink);
  }

  /** As {@link #follow(String, int, Consumer)}, from the lines {@link #read} would return. */
  public LogFollow follow(String container, Integer tailLines, Instant since, Consumer<LogLine> sink) {
    if (tailLines != null && tailLines < 0) {
      throw new IllegalArgumentException("tailLines must not be negative");
    }
    LogCallback callback = new LogCallback(sink);
    try {
      command(container, tailLines, since).withFollowStream(true).exec(callback);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "follow logs of " + container);
    }
    return new LogFollow(callback);
  }

  private LogContainerCmd command(String container, Integer tail, Instant since) {
    LogContainerCmd cmd = client.logContainerCmd(container)
        .withStdOut(true)
        .withStdErr(true)
        .withTimestamps(true);
    if (tail == null) {
      cmd.withTailAll();
    } else {
      cmd.withTail(tail);
    }
    if (since != null) {
      cmd.withSince((int) Math.min(Integer.MAX_VALUE, Math.max(0, since.getEpochSecond())));
    }
    return cmd;
  }

  /** Splits each stream into lines separately so stdout and stderr never mix mid-line. */
  private static final class LogCallback extends StreamCallback<Frame> {
    private final LineSplitter stdout;
    private final LineSplitter stderr;

    LogCallback(Consumer<LogLine> sink) {
      this.stdout = new LineSplitter(raw -> deliver(sink, LogLine.parse(LogLine.Stream.STDOUT, raw)));
      this.stderr = new LineSplitter(raw -> deliver(sink, LogLine.parse(LogLine.Stream.STDERR, raw)));
    }

    @Override
    protected void handle(Frame frame) {
      if (frame.getPayload() == null) {
        return;
      }
      String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
      (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(text);
    }

    @Override
    public void onComplete() {
      flush();
      super.onComplete();
    }

    void flush() {
      stdout.flush();
      stderr.flush();
    }

    private static void deliver(Consumer<LogLine> sink, LogLine line) {
      try {
        sink.accept(line);
      } catch (RuntimeException e) {
        log.debug("log consumer failed", e);
      }
    }
  }
}
