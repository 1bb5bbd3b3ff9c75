package dev.appaloft.runtime.docker;

import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.TaskRunRequest;
import dev.appaloft.api.runtime.TaskRunResult;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scheduled task's one-off container: started without a published port or a restart policy,
 * watched until it exits or its timeout passes (then killed: a task past its time must really
 * stop), its output read, and removed in every case. The engine keeps the container until it is
 * removed, so the exit code and the whole output are read after it ended.
 */
final class DockerTaskRun {

  private static final Logger log = LoggerFactory.getLogger(DockerTaskRun.class);
  /** The output kept of one run: its last lines (the run's log is a record, not an archive). */
  static final int OUTPUT_LINES = 2_000;
  private static final Duration POLL = Duration.ofMillis(100);

  private final DockerEngine engine;

  DockerTaskRun(DockerEngine engine) {
    this.engine = engine;
  }

  TaskRunResult run(TaskRunRequest request) {
    ContainerSpec.Builder spec = ContainerSpec.builder(request.name(), request.image())
        .labels(request.labels()).env(request.environment()).command(request.command())
        .restart(ContainerSpec.Restart.NO);
    request.mounts().forEach(m -> spec.bind(m.source(), m.target(), m.readOnly()));
    if (request.network() != null) {
      engine.networks().ensureBridge(request.network().name(), request.network().labels());
      spec.network(request.network().name());
    }
    engine.containers().remove(request.name()); // a crashed earlier attempt's leftover
    StartedContainer started = engine.containers().run(spec.build());
    try {
      boolean timedOut = !awaitExit(started.id(), request.timeout());
      if (timedOut) {
        log.info("task container {} ran past its timeout of {}; killing it", request.name(), request.timeout());
        engine.containers().stop(started.id(), Duration.ZERO);
      }
      ContainerDetails ended = engine.containers().inspect(started.id());
      List<LogLine> lines = engine.logs().read(started.id(), OUTPUT_LINES + 1, null);
      boolean truncated = lines.size() > OUTPUT_LINES;
      List<InstanceLogLine> output = (truncated ? lines.subList(1, lines.size()) : lines).stream()
          .map(l -> new InstanceLogLine(l.stream() == LogLine.Stream.STDERR ? InstanceLogLine.Stream.STDERR
              : InstanceLogLine.Stream.STDOUT, l.timestamp(), l.text()))
          .toList();
      return new TaskRunResult(timedOut ? null : ended.exitCode(), timedOut, output, truncated);
    } finally {
      try {
        engine.containers().remove(started.id());
      } catch (DockerRuntimeException e) {
        log.warn("task container {} could not be removed: {}", request.name(), e.getMessage());
      }
    }
  }

  /** True when the container exited before {@code timeout}; an interrupt ends the wait (and so the run). */
  private boolean awaitExit(String id, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (engine.containers().inspect(id).running()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
