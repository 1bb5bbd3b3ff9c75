package dev.appaloft.runtime.docker.internal;

import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a build or pull progress stream: turns it into plain lines for the caller, keeps the last
 * ones for a failure message, and notes the engine's error and the built image id. Builds speak in
 * "stream" text; pulls in "status" items, of which only those without a progress bar are kept.
 */
public final class ProgressCallback<T extends ResponseItem> extends StreamCallback<T> {
  private static final Logger log = LoggerFactory.getLogger(ProgressCallback.class);

  private final Consumer<String> output;
  private final RecentLines tail;
  private final LineSplitter lines;
  private volatile String error;
  private volatile String builtImageId;

  public ProgressCallback(Consumer<String> output, int tailLines) {
    this.output = output;
    this.tail = new RecentLines(tailLines);
    this.lines = new LineSplitter(this::forward);
  }

  @Override
  protected void handle(T item) {
    if (item.getStream() != null) {
      lines.accept(item.getStream());
    } else if (item.getStatus() != null && item.getProgress() == null) {
      lines.accept((item.getId() == null ? "" : item.getId() + ": ") + item.getStatus() + "\n");
    }
    if (item instanceof BuildResponseItem build && build.isBuildSuccessIndicated()) {
      builtImageId = build.getImageId();
    }
    String failure = errorOf(item);
    if (failure != null) {
      lines.flush();
      tail.add(AnsiCodes.strip(failure));
      error = AnsiCodes.strip(failure);
    }
  }

  @Override
  public void close() {
    lines.flush();
    super.close();
  }

  /** The engine's error, if it reported one in the stream. */
  public String error() {
    return error;
  }

  /** The short id from "Successfully built ...", if the stream said so. */
  public String builtImageId() {
    return builtImageId;
  }

  /** The last lines, oldest first, the engine's error (if any) included. */
  public List<String> tail() {
    lines.flush();
    return tail.snapshot();
  }

  private void forward(String raw) {
    String line = AnsiCodes.strip(raw);
    tail.add(line);
    try {
      output.accept(line);
    } catch (RuntimeException e) {
      // a broken consumer must not break the build it is watching
      log.debug("output consumer failed", e);
    }
  }

  private static String errorOf(ResponseItem item) {
    if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
      return item.getErrorDetail().getMessage();
    }
    return item.getError();
  }
}
