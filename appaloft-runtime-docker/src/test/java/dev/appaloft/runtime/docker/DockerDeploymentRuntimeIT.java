package dev.appaloft.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment runtime SPI on the real engine: prepare, start a candidate, verify, find, retire;
 * then the running instance: inspect, probe, logs and follow, stop/start/restart.
 */
class DockerDeploymentRuntimeIT {

  @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

  @TempDir Path dir;

  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  final RuntimeLog sink = (phase, level, message) -> log.add(phase.wire() + " " + level + " " + message);

  static HealthCheck health(String path, String expectedText) {
    return new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 2L, 3L, 0L,
        new HealthCheck.Http(HealthCheck.Method.GET, HealthCheck.Scheme.HTTP, "localhost", null, path, 200,
            expectedText));
  }

  Map<String, String> labels(String deployment) {
    Map<String, String> labels = new HashMap<>(docker.labels());
    labels.put("appaloft.deployment", deployment);
    return labels;
  }

  @Test
  void aBuiltCandidateStartsPassesItsHealthCheckAndIsRetired() throws Exception {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    BaseImages.ensureBusybox(docker.engine());
    Files.createDirectories(dir.resolve("www"));
    Files.writeString(dir.resolve("www/index.html"), "hello from appaloft");
    Files.writeString(dir.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\n"
        + "COPY www /www\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
    String tag = docker.name("site") + ":1";

    Artifact artifact = runtime.prepare(ArtifactRequest.build(dir, "Dockerfile", tag, docker.labels()), sink);
    assertThat(artifact.built()).isTrue();
    RuntimeInstance candidate = runtime.startCandidate(new CandidateRequest(docker.name("site"), artifact.image(),
        Map.of("SECRET_TOKEN", "do-not-log-me"), 8080, null, labels("dep_1"), List.of()), sink);
    assertThat(candidate.hostPort()).isNotNull();

    HealthVerdict verdict = runtime.verify(candidate, health("/index.html", "hello"), sink);
    assertThat(verdict.healthy()).isTrue();
    assertThat(verdict.lastStatus()).isEqualTo(200);
    assertThat(runtime.find(Map.of("appaloft.deployment", "dep_1"))).extracting(RuntimeInstance::id)
        .containsExactly(candidate.id());

    runtime.retire(candidate, sink);
    runtime.retire(candidate, sink); // already gone: not an error
    assertThat(runtime.find(Map.of("appaloft.deployment", "dep_1"))).isEmpty();
    assertThat(log).anyMatch(line -> line.startsWith("package")).anyMatch(line -> line.startsWith("verify"))
        .noneMatch(line -> line.contains("do-not-log-me"));
  }

  @Test
  void aCandidateThatNeverAnswersWellIsReportedUnhealthy() {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    BaseImages.ensureBusybox(docker.engine());
    RuntimeInstance candidate = runtime.startCandidate(new CandidateRequest(docker.name("sleepy"), BaseImages.BUSYBOX,
        Map.of(), 8080, null, labels("dep_2"), List.of("sleep", "60")), sink);
    try {
      HealthVerdict verdict = runtime.verify(candidate, health("/", null), sink);
      assertThat(verdict.healthy()).isFalse();
      assertThat(verdict.attempts()).as("3 retries of 1 s, probed every 250 ms").isEqualTo(12);
      assertThat(verdict.lastStatus()).isEqualTo(-1);
    } finally {
      runtime.retire(candidate, sink);
    }
  }

  @Test
  void anAbsentPrebuiltImageFailsClearlyAndRetryably() {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    assertThatThrownBy(() -> runtime.prepare(ArtifactRequest.prebuilt("appaloft-test/absent:1"), sink))
        .isInstanceOfSatisfying(AppaloftException.class, e -> {
          assertThat(e.code().code()).isEqualTo("image_pull_failed");
          assertThat(e.retryable()).isTrue();
        });
  }

  @Test
  void aFailingBuildCarriesTheTailOfItsOutput() throws Exception {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    BaseImages.ensureBusybox(docker.engine());
    Files.writeString(dir.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nRUN [\"sh\", \"-c\", \"echo boom; exit 3\"]\n");
    assertThatThrownBy(() -> runtime.prepare(ArtifactRequest.build(dir, null, docker.name("broken") + ":1",
        docker.labels()), sink))
        .isInstanceOfSatisfying(AppaloftException.class, e -> {
          assertThat(e.code().code()).isEqualTo("image_build_failed");
          assertThat(e.details().get("outputTail").toString()).contains("boom");
        });
  }

  @Test
  void aRunningInstanceIsInspectedControlledAndItsOutputReadAndFollowed() throws Exception {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    BaseImages.ensureBusybox(docker.engine());
    // a shell in front of httpd, so SIGTERM stops it at once (PID 1 ignores it otherwise)
    RuntimeInstance instance = runtime.startCandidate(new CandidateRequest(docker.name("ops"), BaseImages.BUSYBOX,
        Map.of(), 8080, null, labels("dep_3"), List.of("sh", "-c",
            "echo hello from the app; echo ok > /tmp/index.html; trap 'kill $!; exit 0' TERM; httpd -f -p 8080 -h /tmp & wait")), sink);
    try {
      assertThat(awaitHealthy(runtime, instance)).isTrue();
      InstanceStatus running = runtime.inspect(instance).orElseThrow();
      assertThat(running.state()).isEqualTo(InstanceStatus.State.RUNNING);
      assertThat(running.hostPort()).isEqualTo(instance.hostPort());
      assertThat(runtime.logs(instance, 10, null)).extracting(InstanceLogLine::text).contains("hello from the app");
      assertThat(runtime.logs(instance, null, Instant.now().plusSeconds(60))).isEmpty();

      List<String> followed = Collections.synchronizedList(new ArrayList<>());
      LogFollower follower = runtime.followLogs(instance, 10, null, line -> followed.add(line.text()));
      runtime.stop(instance);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (follower.isOpen() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(follower.isOpen()).as("the follow ends when the instance stops").isFalse();
      assertThat(followed).contains("hello from the app");
      InstanceStatus stopped = runtime.inspect(instance).orElseThrow();
      assertThat(stopped.state()).isEqualTo(InstanceStatus.State.STOPPED);
      assertThat(stopped.hostPort()).isNull();
      assertThat(stopped.exitCode()).isZero();
      assertThat(runtime.probe(instance, health("/", null)).healthy()).isFalse();

      RuntimeInstance started = runtime.start(instance);
      assertThat(started.running()).isTrue();
      assertThat(started.hostPort()).isEqualTo(runtime.inspect(instance).orElseThrow().hostPort());
      assertThat(awaitHealthy(runtime, started)).as("it answers on the port it came back on").isTrue();
      RuntimeInstance restarted = runtime.restart(started);
      assertThat(awaitHealthy(runtime, restarted)).isTrue();
    } finally {
      runtime.retire(instance, sink);
    }
    assertThat(runtime.inspect(instance)).isEmpty();
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable gone : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
        () -> runtime.stop(instance), () -> runtime.start(instance), () -> runtime.logs(instance, 1, null),
        () -> runtime.followLogs(instance, 1, null, line -> { }))) {
      assertThatThrownBy(gone).isInstanceOfSatisfying(AppaloftException.class,
          e -> assertThat(e.code().code()).isEqualTo("runtime_instance_not_found"));
    }
  }

  static boolean awaitHealthy(DockerDeploymentRuntime runtime, RuntimeInstance instance) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (runtime.probe(instance, health("/", null)).healthy()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void builtImagesAreListedByLabelAndRemovedUnlessAContainerStillUsesThem() throws Exception {
    DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
    BaseImages.ensureBusybox(docker.engine());
    Files.writeString(dir.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCMD [\"sleep\", \"60\"]\n");
    String older = docker.name("kept") + ":1";
    String newer = docker.name("kept") + ":2";
    Map<String, String> resource = new HashMap<>(docker.labels());
    resource.put("appaloft.resource", docker.name("res"));
    Map<String, String> second = new HashMap<>(resource);
    second.put("appaloft.deployment", "d2");
    runtime.prepare(ArtifactRequest.build(dir, null, older, resource), sink);
    Files.writeString(dir.resolve("marker"), "a different layer");
    Files.writeString(dir.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY marker /marker\n"
        + "CMD [\"sleep\", \"60\"]\n");
    runtime.prepare(ArtifactRequest.build(dir, null, newer, second), sink);
    assertThat(runtime.images(resource)).containsExactlyInAnyOrder(older, newer);
    assertThat(runtime.images(second)).containsExactly(newer);

    RuntimeInstance user = runtime.startCandidate(new CandidateRequest(docker.name("user"), newer, Map.of(), 8080,
        null, docker.labels(), List.of()), sink);
    runtime.removeImage(newer, sink);
    runtime.removeImage(older, sink);
    runtime.removeImage(older, sink); // already gone: not an error
    assertThat(runtime.images(resource)).containsExactly(newer);
    assertThat(log).anySatisfy(line -> assertThat(line).contains("kept the image " + newer));
    assertThat(log).anySatisfy(line -> assertThat(line).contains("removed the older image " + older));
    runtime.retire(user, sink);
  }
}
