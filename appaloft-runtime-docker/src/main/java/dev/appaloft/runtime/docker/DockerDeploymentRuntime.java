package dev.appaloft.runtime.docker;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The deployment runtime for a Docker engine: images are built or checked there, candidates run
 * as labelled containers published on a loopback port, and health is probed over HTTP on that port.
 * Engine failures become {@link AppaloftException}s carrying the adapter's stable codes.
 */
public final class DockerDeploymentRuntime implements DeploymentRuntime {

  // the old instance already drained (the route moved before); a short grace, then it is killed
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration PULL_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration FAST_INTERVAL = Duration.ofMillis(250);
  // a stop on request gives the app the usual grace to finish what it is doing
  private static final Duration CONTROL_STOP_TIMEOUT = Duration.ofSeconds(10);

  private final DockerEngine engine;
  private final DockerServerCapacity capacity;
  private final DockerVolumes volumes;
  // compose stacks (dev.appaloft.runtime.docker.compose): instances "compose:<project>" go there
  private final dev.appaloft.runtime.docker.compose.ComposeStacks compose;

  public DockerDeploymentRuntime(DockerEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.capacity = new DockerServerCapacity(engine);
    this.volumes = new DockerVolumes(engine);
    this.compose = dev.appaloft.runtime.docker.compose.ComposeStacks.local(engine);
  }

  @Override
  public Optional<dev.appaloft.api.runtime.RuntimeVolumes> volumes() {
    return Optional.of(volumes);
  }

  @Override
  public Optional<dev.appaloft.api.runtime.capacity.ServerCapacity> capacity() {
    return Optional.of(capacity);
  }

  @Override
  public dev.appaloft.api.runtime.CommandResult exec(RuntimeInstance instance, List<String> command, Duration timeout) {
    try {
      ExecResult result = engine.containers().exec(container(instance), command, timeout);
      return new dev.appaloft.api.runtime.CommandResult(result.exitCode(), result.stdout(), result.stderr());
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  @Override
  public long copyFromInstance(RuntimeInstance instance, String path, java.io.OutputStream out) {
    try {
      return engine.containers().copyFileOut(container(instance), path, out);
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  @Override
  public void copyToInstance(RuntimeInstance instance, String path, java.io.InputStream content, long size) {
    try {
      engine.containers().copyFileIn(container(instance), path, content, size);
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  @Override
  public dev.appaloft.api.runtime.TerminalChannel openTerminal(RuntimeInstance instance,
      dev.appaloft.api.runtime.TerminalRequest request, dev.appaloft.api.runtime.TerminalOutput output) {
    try {
      return engine.containers().terminal(container(instance), request, output);
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND
          || e.errorCode() == DockerErrorCode.CONTAINER_NOT_RUNNING) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  // scheduled tasks
  @Override
  public dev.appaloft.api.runtime.TaskRunResult runTask(dev.appaloft.api.runtime.TaskRunRequest request) {
    try {
      return new DockerTaskRun(engine).run(request);
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  @Override
  public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
    try {
      return switch (request.kind()) {
        case PREBUILT_IMAGE -> prebuilt(request.image(), log);
        case COMPOSE_STACK -> compose.prepare(request, log);
        case DOCKERFILE_BUILD -> {
          ImageBuild build = ImageBuild.of(request.contextDirectory(), request.image()).withLabels(request.labels());
          if (request.dockerfile() != null) {
            build = build.withDockerfile(request.contextDirectory().resolve(request.dockerfile()));
          }
          log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "building image " + request.image());
          engine.images().build(build, line -> log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, line));
          yield new Artifact(request.image(), true);
        }
      };
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  // a local image is used as it is; otherwise one pull is attempted and its failure reported
  private Artifact prebuilt(String image, RuntimeLog log) {
    if (engine.images().exists(image)) {
      log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "using image " + image + " from the engine");
      return new Artifact(image, false);
    }
    log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "image " + image + " is not on the engine; pulling it");
    engine.images().pull(image, PULL_TIMEOUT,
        line -> log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, line));
    return new Artifact(image, false);
  }

  @Override
  public RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log) {
    if (dev.appaloft.runtime.docker.compose.ComposeStacks.isStack(request.image())) {
      try {
        return compose.start(request, log);
      } catch (DockerRuntimeException e) {
        throw translate(e);
      }
    }
    ContainerSpec.Builder spec = ContainerSpec.builder(request.name(), request.image())
        .labels(request.labels())
        .env(request.environment())
        .publish(request.internalPort(), request.hostPort() == null ? 0 : request.hostPort());
    if (!request.command().isEmpty()) {
      spec.command(request.command());
    }
    request.mounts().forEach(m -> spec.bind(m.source(), m.target(), m.readOnly()));
    try {
      if (request.network() != null) {
        // apps and their databases meet on it by alias, whatever ports the engine publishes
        engine.networks().ensureBridge(request.network().name(), request.network().labels());
        spec.network(request.network().name(), request.network().aliases().toArray(String[]::new));
      }
      log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "starting " + request.name() + " from "
          + request.image() + " (" + request.environment().size() + " environment variables)");
      StartedContainer started = engine.containers().run(spec.build());
      Integer hostPort = started.hostPort().isPresent() ? started.hostPort().getAsInt() : null;
      return new RuntimeInstance(started.id(), started.name(), hostPort, true, request.labels());
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  @Override
  public HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log) {
    if (candidate.hostPort() == null) {
      throw new AppaloftException(new ErrorCode("health_target_unreachable", 502, false),
          "the candidate publishes no port to probe");
    }
    HealthCheck.Http http = policy.http();
    HttpProbe probe = (http.method() == HealthCheck.Method.HEAD
        ? HttpProbe.head("127.0.0.1", candidate.hostPort(), http.path())
        : HttpProbe.get("127.0.0.1", candidate.hostPort(), http.path()))
        .expectStatus(http.expectedStatusCode());
    if (http.expectedResponseText() != null) {
      probe = probe.expectBodyContains(http.expectedResponseText());
    }
    HealthCheckPolicy waits = fastPolling(policy);
    HealthOutcome outcome = HttpProbe.waitUntilHealthy(probe, waits, result -> {
      log.write(DeploymentPhase.VERIFY, result.healthy() ? RuntimeLog.Level.INFO : RuntimeLog.Level.WARN,
          "health probe " + http.path() + ": " + result.detail());
      if (!result.healthy() && log.cancelRequested()) {
        throw new java.util.concurrent.CancellationException("the deployment was canceled while verifying");
      }
    });
    HealthVerdict verdict = new HealthVerdict(outcome.healthy(), outcome.attempts(), outcome.last().status(),
        outcome.last().detail(), outcome.elapsed());
    return dev.appaloft.runtime.docker.compose.ComposeStacks.owns(candidate) ? compose.checkServices(candidate, verdict)
        : verdict;
  }

  /**
   * The policy's window (interval x retries after the start period), probed every 250 ms: a
   * deployment is verified as soon as the app answers, not at the next whole-second interval,
   * and still gives up exactly when the policy would.
   */
  static HealthCheckPolicy fastPolling(HealthCheck policy) {
    Duration interval = Duration.ofSeconds(policy.intervalSeconds());
    Duration fast = interval.compareTo(FAST_INTERVAL) > 0 ? FAST_INTERVAL : interval;
    long retries = Math.max(1, interval.multipliedBy(policy.retries()).toMillis() / Math.max(1, fast.toMillis()));
    return new HealthCheckPolicy(fast, Duration.ofSeconds(policy.timeoutSeconds()), (int) Math.min(retries, 100_000),
        Duration.ofSeconds(policy.startPeriodSeconds()));
  }

  @Override
  public void retire(RuntimeInstance instance, RuntimeLog log) {
    try {
      if (dev.appaloft.runtime.docker.compose.ComposeStacks.owns(instance)) {
        compose.retire(instance, log);
        return;
      }
      log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "retiring " + instance.name());
      engine.containers().stop(instance.id(), STOP_TIMEOUT);
      engine.containers().remove(instance.id());
    } catch (DockerRuntimeException e) {
      if (e.errorCode() != DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw translate(e);
      }
    }
  }

  @Override
  public List<RuntimeInstance> find(Map<String, String> labels) {
    try {
      // the published port comes from an inspect: recovery re-routes traffic to a found instance
      return compose.fold(engine.containers().listByLabels(labels), // a compose project is one instance
          c -> new RuntimeInstance(c.id(), c.name(), publishedPort(c.id()), c.running(), c.labels()));
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  @Override
  public List<String> images(Map<String, String> labels) {
    try {
      return engine.images().listReferencesByLabels(labels);
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  // never force: an image a container still uses stays, and the engine says why
  @Override
  public void removeImage(String image, RuntimeLog log) {
    try {
      if (engine.images().remove(image, false)) {
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "removed the older image " + image);
      }
    } catch (DockerRuntimeException e) {
      log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "kept the image " + image + ": " + e.getMessage());
    }
  }

  private Integer publishedPort(String container) {
    return engine.containers().find(container)
        .flatMap(details -> details.publishedPorts().values().stream().findFirst())
        .orElse(null);
  }

  @Override
  public Optional<InstanceStatus> inspect(RuntimeInstance instance) {
    try {
      return engine.containers().find(container(instance)).map(DockerDeploymentRuntime::status);
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  static InstanceStatus status(ContainerDetails details) {
    String state = details.status() == null ? "" : details.status();
    InstanceStatus.State mapped = switch (state) {
      case "running" -> InstanceStatus.State.RUNNING;
      case "restarting" -> InstanceStatus.State.RESTARTING;
      case "created" -> InstanceStatus.State.STARTING;
      default -> InstanceStatus.State.STOPPED; // exited, paused, dead, removing
    };
    // the engine publishes one port per instance (the app's); a stopped container publishes none
    Integer hostPort = details.publishedPorts().values().stream().findFirst().orElse(null);
    Integer exitCode = mapped == InstanceStatus.State.STOPPED ? details.exitCode() : null;
    return new InstanceStatus(mapped, mapped == InstanceStatus.State.STOPPED ? null : hostPort, exitCode, state);
  }

  @Override
  public void stop(RuntimeInstance instance) {
    control(instance, () -> containers(instance).forEach(id -> engine.containers().stop(id, CONTROL_STOP_TIMEOUT)));
  }

  @Override
  public RuntimeInstance start(RuntimeInstance instance) {
    control(instance, () -> containers(instance).forEach(id -> engine.containers().start(id)));
    return current(instance);
  }

  @Override
  public RuntimeInstance restart(RuntimeInstance instance) {
    control(instance, () -> containers(instance).forEach(id -> engine.containers().restart(id, CONTROL_STOP_TIMEOUT)));
    return current(instance);
  }

  // the engine publishes a new host port each time a container starts (it was asked for any free one)
  private RuntimeInstance current(RuntimeInstance instance) {
    InstanceStatus now = inspect(instance).orElseThrow(() -> gone(instance));
    return new RuntimeInstance(instance.id(), instance.name(), now.hostPort(), now.running(), instance.labels());
  }

  private void control(RuntimeInstance instance, Runnable action) {
    try {
      action.run();
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  @Override
  public HealthVerdict probe(RuntimeInstance instance, HealthCheck policy) {
    if (instance.hostPort() == null) {
      return new HealthVerdict(false, 0, -1, "the instance publishes no port to probe", Duration.ZERO);
    }
    HealthCheck.Http http = policy.http();
    HttpProbe probe = (http.method() == HealthCheck.Method.HEAD
        ? HttpProbe.head("127.0.0.1", instance.hostPort(), http.path())
        : HttpProbe.get("127.0.0.1", instance.hostPort(), http.path()))
        .expectStatus(http.expectedStatusCode())
        .withTimeout(Duration.ofSeconds(Math.max(1, policy.timeoutSeconds())));
    if (http.expectedResponseText() != null) {
      probe = probe.expectBodyContains(http.expectedResponseText());
    }
    ProbeResult result = probe.check();
    return new HealthVerdict(result.healthy(), 1, result.status(), result.detail(), result.elapsed());
  }

  @Override
  public List<InstanceLogLine> logs(RuntimeInstance instance, Integer tail, Instant since) {
    try {
      return engine.logs().read(container(instance), tail, since).stream().map(DockerDeploymentRuntime::line).toList();
    } catch (DockerRuntimeException e) {
      if (e.errorCode() == DockerErrorCode.CONTAINER_NOT_FOUND) {
        throw gone(instance);
      }
      throw translate(e);
    }
  }

  @Override
  public LogFollower followLogs(RuntimeInstance instance, Integer tail, Instant since, Consumer<InstanceLogLine> sink) {
    // the engine reports a missing container only inside the stream; ask first, so the caller gets a clear error
    if (inspect(instance).isEmpty()) {
      throw gone(instance);
    }
    try {
      return engine.logs().follow(container(instance), tail, since, line -> sink.accept(line(line)));
    } catch (DockerRuntimeException e) {
      throw translate(e);
    }
  }

  // compose stacks: the stack's status and logs are its routed service's; stop/start reach every service
  private String container(RuntimeInstance instance) {
    return dev.appaloft.runtime.docker.compose.ComposeStacks.owns(instance)
        ? compose.targetContainer(instance).orElse(instance.id()) : instance.id();
  }

  private List<String> containers(RuntimeInstance instance) {
    if (!dev.appaloft.runtime.docker.compose.ComposeStacks.owns(instance)) {
      return List.of(instance.id());
    }
    List<String> members = compose.memberContainers(instance);
    if (members.isEmpty()) {
      throw gone(instance);
    }
    return members;
  }

  private static InstanceLogLine line(LogLine line) {
    return new InstanceLogLine(line.stream() == LogLine.Stream.STDERR ? InstanceLogLine.Stream.STDERR
        : InstanceLogLine.Stream.STDOUT, line.timestamp(), line.text());
  }

  private static AppaloftException gone(RuntimeInstance instance) {
    return new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND,
        "the instance " + instance.name() + " no longer exists on the Docker engine");
  }

  private static AppaloftException translate(DockerRuntimeException e) {
    return new AppaloftException(new ErrorCode(e.code(), 502, e.retryable()), e.getMessage(), List.of(),
        e.outputTail().isEmpty() ? Map.of() : Map.of("outputTail", e.outputTail()), e);
  }
}
