package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Container logs on the real engine: tail and follow, both streams, timestamps. */
class DockerLogsIT {
  @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

  @BeforeAll
  static void base() {
    BaseImages.ensureBusybox(docker.engine());
  }

  private StartedContainer run(String script) {
    return docker.engine().containers().run(ContainerSpec.builder(docker.name("logs"), BaseImages.BUSYBOX)
        .labels(docker.labels()).restart(ContainerSpec.Restart.NO).command("sh", "-c", script).build());
  }

  @Test
  void tailReturnsTheLastLinesOfBothStreamsWithTimestamps() throws InterruptedException {
    StartedContainer c = run("for i in 1 2 3 4 5; do echo out-$i; done; sleep 0.3; echo err-line >&2; sleep 30");
    List<LogLine> lines = awaitLines(c.id(), 6);

    List<LogLine> last = docker.engine().logs().tail(c.id(), 3);
    assertThat(last).extracting(LogLine::text).containsExactly("out-4", "out-5", "err-line");
    assertThat(last.get(2).stream()).isEqualTo(LogLine.Stream.STDERR);
    assertThat(last.get(0).stream()).isEqualTo(LogLine.Stream.STDOUT);
    assertThat(lines).allSatisfy(line -> assertThat(line.timestamp()).isNotNull()
        .isBefore(Instant.now().plusSeconds(5)).isAfter(Instant.now().minusSeconds(120)));
  }

  @Test
  void followDeliversNewLinesUntilClosed() throws InterruptedException {
    StartedContainer c = run("echo before; sleep 1; i=0; while true; do echo tick-$i; i=$((i+1)); sleep 0.1; done");
    List<LogLine> seen = new CopyOnWriteArrayList<>();
    LogFollow follow = docker.engine().logs().follow(c.id(), 10, seen::add);
    try {
      awaitSize(seen, 5);
      assertThat(seen.get(0).text()).isEqualTo("before");
      assertThat(seen).extracting(LogLine::text).contains("tick-0", "tick-1");
      assertThat(follow.isOpen()).isTrue();
    } finally {
      follow.close();
    }
    assertThat(follow.isOpen()).isFalse();
    Thread.sleep(300); // a line in delivery while closing may still land
    int afterClose = seen.size();
    Thread.sleep(600);
    assertThat(seen).hasSize(afterClose);
    follow.close(); // idempotent
  }

  @Test
  void followEndsWhenTheContainerStops() throws InterruptedException {
    StartedContainer c = run("echo only-line; sleep 1");
    List<LogLine> seen = new CopyOnWriteArrayList<>();
    LogFollow follow = docker.engine().logs().follow(c.id(), 100, seen::add);
    assertThat(follow.awaitEnd(Duration.ofSeconds(20))).isTrue();
    assertThat(seen).extracting(LogLine::text).containsExactly("only-line");
    assertThat(follow.isOpen()).isFalse();
  }

  private List<LogLine> awaitLines(String id, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    List<LogLine> lines = List.of();
    while (System.nanoTime() < deadline) {
      lines = docker.engine().logs().tail(id, 100);
      if (lines.size() >= count) {
        return lines;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("only " + lines.size() + " log lines arrived");
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (list.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(list).hasSizeGreaterThanOrEqualTo(size);
  }
}
