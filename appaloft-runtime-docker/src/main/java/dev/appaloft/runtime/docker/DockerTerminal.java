package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import dev.appaloft.api.runtime.TerminalRequest;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import dev.appaloft.runtime.docker.internal.QueueInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interactive shell in a running container: a TTY {@code docker exec} with stdin attached
 * (bash when the image has it, else sh). Output frames go to the terminal's output as they come;
 * resizing is the engine's exec resize. Closing ends stdin (the shell reads end-of-file and
 * exits) and drops the attached stream.
 */
final class DockerTerminal implements TerminalChannel {

  private static final Logger log = LoggerFactory.getLogger(DockerTerminal.class);
  private static final String SHELL =
      "if command -v bash >/dev/null 2>&1; then exec bash -i; else exec sh -i; fi";

  private final DockerClient client;
  private final String execId;
  private final String workingDirectory;
  private final QueueInputStream stdin = new QueueInputStream();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile ResultCallback.Adapter<Frame> stream;

  private DockerTerminal(DockerClient client, String execId, String workingDirectory) {
    this.client = client;
    this.execId = execId;
    this.workingDirectory = workingDirectory;
  }

  /**
   * @throws DockerRuntimeException {@code container_not_found}, {@code container_not_running} or
   *     {@code exec_failed}
   */
  static DockerTerminal open(
      DockerClient client, String container, TerminalRequest request, TerminalOutput output) {
    InspectContainerResponse inspected;
    try {
      inspected = client.inspectContainerCmd(container).exec();
    } catch (NotFoundException e) {
      throw new DockerRuntimeException(
          DockerErrorCode.CONTAINER_NOT_FOUND, "no such container: " + container, e);
    }
    if (inspected.getState() == null || !Boolean.TRUE.equals(inspected.getState().getRunning())) {
      throw new DockerRuntimeException(
          DockerErrorCode.CONTAINER_NOT_RUNNING, "container " + container + " is not running", null);
    }
    String base = inspected.getConfig() == null ? null : inspected.getConfig().getWorkingDir();
    String directory = join(base == null || base.isBlank() ? "/" : base, request.workingDirectory());
    try {
      String execId = client.execCreateCmd(container)
          .withTty(true)
          .withAttachStdin(true)
          .withAttachStdout(true)
          .withAttachStderr(true)
          .withEnv(List.of("TERM=xterm-256color"))
          .withWorkingDir(directory)
          .withCmd("/bin/sh", "-c", SHELL)
          .exec()
          .getId();
      DockerTerminal terminal = new DockerTerminal(client, execId, directory);
      terminal.start(output);
      terminal.resize(request.rows(), request.cols());
      return terminal;
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.EXEC_FAILED, "open a terminal in " + container);
    }
  }

  private void start(TerminalOutput output) {
    stream = client.execStartCmd(execId).withTty(true).withStdIn(stdin)
        .exec(new ResultCallback.Adapter<>() {
          @Override
          public void onNext(Frame frame) {
            if (frame.getPayload() != null && frame.getPayload().length > 0) {
              output.output(frame.getPayload());
            }
          }

          @Override
          public void onError(Throwable failure) {
            if (!closed.get()) {
              log.debug("terminal exec {} ended with an error: {}", execId, failure.toString());
            }
            output.ended();
          }

          @Override
          public void onComplete() {
            output.ended();
          }
        });
  }

  static String join(String base, String relative) {
    if (relative == null || relative.isBlank()) {
      return base;
    }
    String trimmed = relative.replaceAll("^(\\./)+", "");
    return base.endsWith("/") ? base + trimmed : base + "/" + trimmed;
  }

  @Override
  public String workingDirectory() {
    return workingDirectory;
  }

  @Override
  public void input(byte[] bytes) {
    stdin.offer(bytes);
  }

  @Override
  public void resize(int rows, int cols) {
    // the process may not have started the instant after execStart: a few tries
    for (int attempt = 0; ; attempt++) {
      try {
        client.resizeExecCmd(execId).withSize(rows, cols).exec(); // (height, width)
        return;
      } catch (RuntimeException e) {
        if (attempt >= 10 || closed.get()) {
          log.debug("resizing terminal exec {} failed: {}", execId, e.toString());
          return;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stdin.close();
    ResultCallback.Adapter<Frame> s = stream;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        log.debug("closing terminal exec {}: {}", execId, e.toString());
      }
    }
  }
}
