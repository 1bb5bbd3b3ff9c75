package dev.appaloft.runtime.docker.internal;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Collects an exec's stdout and stderr, each capped so a chatty command cannot exhaust memory. */
public final class ExecOutputCallback extends StreamCallback<Frame> {
  private final int limit;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  public ExecOutputCallback(int limit) {
    this.limit = limit;
  }

  @Override
  protected synchronized void handle(Frame frame) {
    ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? err : out;
    byte[] payload = frame.getPayload();
    int room = limit - target.size();
    if (payload != null && room > 0) {
      target.write(payload, 0, Math.min(room, payload.length));
    }
  }

  public synchronized String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  public synchronized String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
