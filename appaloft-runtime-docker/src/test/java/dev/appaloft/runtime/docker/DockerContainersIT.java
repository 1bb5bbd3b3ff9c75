package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Containers on the real engine: run, probe, environment, labels, lifecycle, exec. */
class DockerContainersIT {
  @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

  /** httpd as PID 1 ignores SIGTERM, so every stop waits this long before SIGKILL. */
  private static final Duration STOP = Duration.ofSeconds(1);
  private static String appImage;

  @BeforeAll
  static void buildApp() {
    appImage = docker.name("web-app") + ":1";
    BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "<h1>hello from appaloft</h1>\n"), appImage, docker.labels());
  }

  private DockerContainers containers() {
    return docker.engine().containers();
  }

  private ContainerSpec.Builder app(String prefix) {
    return ContainerSpec.builder(docker.name(prefix), appImage).labels(docker.labels());
  }

  private static void awaitHealthy(int port, String path, String text) {
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(
        HttpProbe.get("127.0.0.1", port, path).expectBodyContains(text),
        Duration.ofMillis(100), Duration.ofSeconds(2), 50, Duration.ZERO);
    assertThat(outcome.healthy()).as("probe of %s: %s", path, outcome.last().detail()).isTrue();
  }

  @Test
  void runsAnImageOnAnEphemeralLoopbackPortThatTheProbeReaches() {
    StartedContainer started = containers().run(app("web").publish(BaseImages.HTTP_PORT, 0).build());

    assertThat(started.hostPort()).isPresent();
    int port = started.hostPort().getAsInt();
    awaitHealthy(port, "/index.html", "hello from appaloft");
    ContainerDetails details = containers().inspect(started.name());
    assertThat(details.running()).isTrue();
    assertThat(details.hostPort(BaseImages.HTTP_PORT)).hasValue(port);
    assertThat(details.image()).isEqualTo(appImage);
    assertThat(details.health()).isEmpty();
  }

  @Test
  void theImageHealthCheckShowsInInspect(@TempDir Path context) throws IOException, InterruptedException {
    Files.writeString(context.resolve("Dockerfile"), String.join("\n",
        "FROM " + appImage,
        "HEALTHCHECK --interval=1s --timeout=2s --retries=2 CMD [\"wget\", \"-q\", \"-O\", \"/dev/null\", \"http://127.0.0.1:8080/index.html\"]",
        ""));
    String tag = docker.name("checked") + ":1";
    docker.engine().images().build(ImageBuild.of(context, tag).withLabels(docker.labels()), line -> {});
    StartedContainer started = containers().run(ContainerSpec.builder(docker.name("checked"), tag).labels(docker.labels()).build());

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    ContainerDetails details = containers().inspect(started.id());
    while (!details.health().equals(java.util.Optional.of("healthy")) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      details = containers().inspect(started.id());
    }
    assertThat(details.health()).hasValue("healthy");
  }

  @Test
  void environmentReachesTheContainerButNeverALogOrMessage(@TempDir Path data) throws IOException {
    String secret = "s3cr3t-" + docker.runId() + "-value";
    Files.writeString(data.resolve("static.txt"), "mounted\n");
    ContainerSpec spec = app("env")
        .env("GREETING", secret)
        .env("PORT", "8080")
        .command("sh", "-c", "echo \"$GREETING\" > /tmp/greeting.txt && cp /tmp/greeting.txt /www/ "
            + "&& exec httpd -f -p 8080 -h /www")
        .workingDir("/tmp")
        .bind(data.toString(), "/data", true)
        .publish(BaseImages.HTTP_PORT, 0)
        .build();
    List<String> logLines;
    String messages;
    try (CapturedLogs logs = new CapturedLogs()) {
      StartedContainer started = containers().run(spec);
      awaitHealthy(started.hostPort().getAsInt(), "/greeting.txt", secret);
      ExecResult env = containers().exec(started.id(), List.of("env"), Duration.ofSeconds(10));
      assertThat(env.stdout()).contains("GREETING=" + secret);
      ExecResult pwd = containers().exec(started.id(), List.of("sh", "-c", "pwd; cat /data/static.txt"), Duration.ofSeconds(10));
      assertThat(pwd.stdout()).isEqualTo("/tmp\nmounted\n");
      // a failing run with the same secret: its message must not carry it either
      DockerRuntimeException conflict = org.junit.jupiter.api.Assertions.assertThrows(
          DockerRuntimeException.class,
          () -> containers().run(ContainerSpec.builder(started.name(), appImage).env("GREETING", secret).build()));
      assertThat(conflict.code()).isEqualTo("container_name_conflict");
      messages = conflict.getMessage() + " " + spec;
      logLines = logs.lines();
    }
    assertThat(logLines).isNotEmpty().anySatisfy(line -> assertThat(line).contains("CreateContainerCmd"));
    assertThat(logLines).noneSatisfy(line -> assertThat(line).contains(secret));
    assertThat(messages).doesNotContain(secret);
  }

  @Test
  void labelsRoundTripAndListingFindsStoppedContainers() {
    Map<String, String> labels = new HashMap<>(docker.labels());
    labels.put("appaloft.managed", "true");
    labels.put("appaloft.deployment-id", "dep_" + docker.runId());
    StartedContainer started = containers().run(ContainerSpec.builder(docker.name("labeled"), appImage)
        .labels(labels).build());
    assertThat(containers().inspect(started.id()).labels()).containsAllEntriesOf(labels);

    containers().stop(started.id(), STOP);
    Map<String, String> filter = Map.of(
        "appaloft.deployment-id", "dep_" + docker.runId(), LocalDockerEngine.TEST_LABEL, docker.runId());
    List<ContainerSummary> found = containers().listByLabels(filter);
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(started.id());
      assertThat(c.name()).isEqualTo(started.name());
      assertThat(c.running()).isFalse();
      assertThat(c.labels()).containsAllEntriesOf(labels);
    });
    assertThat(containers().listByLabels(Map.of("appaloft.deployment-id", ""))).extracting(ContainerSummary::id)
        .contains(started.id());
    assertThat(containers().listByLabels(Map.of("appaloft.deployment-id", "dep_nobody"))).isEmpty();
  }

  @Test
  void stopStartAndRestartChangeWhatInspectReports() {
    StartedContainer started = containers().run(app("life").publish(BaseImages.HTTP_PORT, 0).build());
    String id = started.id();
    assertThat(containers().inspect(id).status()).isEqualTo("running");

    containers().stop(id, STOP);
    ContainerDetails stopped = containers().inspect(id);
    assertThat(stopped.running()).isFalse();
    assertThat(stopped.status()).isEqualTo("exited");
    containers().stop(id, STOP); // already stopped: no error

    containers().start(id);
    ContainerDetails again = containers().inspect(id);
    assertThat(again.running()).isTrue();
    awaitHealthy(again.hostPort(BaseImages.HTTP_PORT).getAsInt(), "/index.html", "hello");
    containers().start(id); // already running: no error

    containers().restart(id, STOP);
    assertThat(containers().inspect(id).running()).isTrue();

    assertThat(containers().remove(id)).isTrue();
    assertThat(containers().find(id)).isEmpty();
    assertThat(containers().remove(id)).isFalse();
    assertThatThrownBy(() -> containers().inspect(id))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("container_not_found"));
  }

  @Test
  void exitCodesOfTheContainerAndOfExecAreReported() throws InterruptedException {
    StartedContainer started = containers().run(app("exits").restart(ContainerSpec.Restart.NO)
        .command("sh", "-c", "sleep 30").build());
    ExecResult failing = containers().exec(started.id(), List.of("sh", "-c", "echo out; echo err >&2; exit 7"), Duration.ofSeconds(10));
    assertThat(failing.exitCode()).isEqualTo(7);
    assertThat(failing.succeeded()).isFalse();
    assertThat(failing.stdout()).isEqualTo("out\n");
    assertThat(failing.stderr()).isEqualTo("err\n");

    StartedContainer quitter = containers().run(app("quits").restart(ContainerSpec.Restart.NO)
        .command("sh", "-c", "exit 3").build());
    ContainerDetails done = awaitExited(quitter.id());
    assertThat(done.exitCode()).isEqualTo(3);
    assertThatThrownBy(() -> containers().exec(quitter.id(), List.of("true"), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("container_not_running"));
  }

  @Test
  void aTakenHostPortIsReportedAndNothingIsLeftBehind() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String name = docker.name("clash");
      assertThatThrownBy(() -> containers().run(ContainerSpec.builder(name, appImage).labels(docker.labels())
              .publish(BaseImages.HTTP_PORT, taken.getLocalPort()).build()))
          .isInstanceOfSatisfying(DockerRuntimeException.class, e -> {
            assertThat(e.code()).isEqualTo("port_in_use");
            assertThat(e.retryable()).isFalse();
          });
      assertThat(containers().find(name)).isEmpty();
    }
  }

  @Test
  void aMissingImageIsReported() {
    assertThatThrownBy(() -> containers().run(ContainerSpec.builder(docker.name("ghost"), "local/no-such-image:404").build()))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("image_not_found"));
  }

  @Test
  void aCommandThatCannotStartIsReportedAndRemoved() {
    String name = docker.name("nocmd");
    assertThatThrownBy(() -> containers().run(ContainerSpec.builder(name, appImage).labels(docker.labels())
            .command("/no/such/binary").build()))
        .isInstanceOfSatisfying(DockerRuntimeException.class, e -> assertThat(e.code()).isEqualTo("container_start_failed"));
    assertThat(containers().find(name)).isEmpty();
  }

  private ContainerDetails awaitExited(String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      ContainerDetails details = containers().inspect(id);
      if (!details.running() && "exited".equals(details.status())) {
        return details;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("container " + id + " did not exit");
  }
}
