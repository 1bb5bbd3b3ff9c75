package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerCmdExecFactory;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import dev.appaloft.runtime.docker.internal.ExecOutputCallback;
import dev.appaloft.runtime.docker.internal.LabelFilter;
import dev.appaloft.runtime.docker.internal.MaskedCreateCommand;
import dev.appaloft.runtime.docker.internal.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, starts, stops, inspects, lists and removes containers, and runs commands in them. */
public final class DockerContainers {
  /** How much of each exec output stream is kept; the rest is dropped. */
  public static final int EXEC_OUTPUT_LIMIT = 1 << 20;

  private static final Logger log = LoggerFactory.getLogger(DockerContainers.class);

  private final DockerClient client;
  private final DefaultDockerCmdExecFactory commands;

  DockerContainers(DockerClient client, DefaultDockerCmdExecFactory commands) {
    this.client = client;
    this.commands = commands;
  }

  /**
   * Creates and starts a container. When the start fails the created container is removed again,
   * so a failed run leaves nothing behind.
   *
   * @throws DockerRuntimeException {@code image_not_found}, {@code container_name_conflict},
   *     {@code port_in_use}, {@code network_not_found} or {@code container_start_failed}
   */
  public StartedContainer run(ContainerSpec spec) {
    Redactor redactor = Redactor.of(spec.env().values());
    log.info("creating container {} from {} ({} environment variables)", spec.name(), spec.image(), spec.env().size());
    String id;
    try (CreateContainerCmd cmd = createCommand(spec)) {
      id = cmd.exec().getId();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(
          e, DockerErrorCode.CONTAINER_START_FAILED, "create container " + spec.name(), redactor);
    }
    try {
      client.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      DockerRuntimeException failure =
          DockerFailures.translate(
              e, DockerErrorCode.CONTAINER_START_FAILED, "start container " + spec.name(), redactor);
      removeQuietly(id);
      throw failure;
    }
    OptionalInt hostPort = OptionalInt.empty();
    if (spec.containerPort().isPresent()) {
      hostPort = inspect(id).hostPort(spec.containerPort().getAsInt());
    }
    log.info("started container {} ({}){}", spec.name(), shortId(id),
        hostPort.isPresent() ? " on host port " + hostPort.getAsInt() : "");
    return new StartedContainer(id, spec.name(), hostPort);
  }

  private CreateContainerCmd createCommand(ContainerSpec spec) {
    HostConfig host = HostConfig.newHostConfig().withRestartPolicy(restartPolicy(spec.restart()));
    CreateContainerCmd cmd = MaskedCreateCommand.create(commands, spec.image()).withName(spec.name());
    if (spec.containerPort().isPresent()) {
      ExposedPort port = ExposedPort.tcp(spec.containerPort().getAsInt());
      Ports bindings = new Ports();
      bindings.bind(port, spec.hostPort() == 0
          ? Ports.Binding.bindIp(spec.hostIp())
          : Ports.Binding.bindIpAndPort(spec.hostIp(), spec.hostPort()));
      host.withPortBindings(bindings);
      cmd.withExposedPorts(port);
    }
    if (!spec.binds().isEmpty()) {
      host.withBinds(spec.binds().stream()
          .map(b -> new com.github.dockerjava.api.model.Bind(
              b.source(), new Volume(b.target()), b.readOnly() ? AccessMode.ro : AccessMode.rw))
          .toList());
    }
    spec.network().ifPresent(host::withNetworkMode);
    cmd.withHostConfig(host);
    if (spec.network().isPresent() && !spec.aliases().isEmpty()) {
      cmd.withAliases(spec.aliases());
    }
    cmd.withLabels(spec.labels());
    List<String> env = new ArrayList<>(spec.env().size());
    spec.env().forEach((k, v) -> env.add(k + "=" + v));
    cmd.withEnv(env);
    spec.command().ifPresent(cmd::withCmd);
    spec.workingDir().ifPresent(cmd::withWorkingDir);
    return cmd;
  }

  private static RestartPolicy restartPolicy(ContainerSpec.Restart restart) {
    return switch (restart) {
      case NO -> RestartPolicy.noRestart();
      case ON_FAILURE -> RestartPolicy.onFailureRestart(0);
      case UNLESS_STOPPED -> RestartPolicy.unlessStoppedRestart();
      case ALWAYS -> RestartPolicy.alwaysRestart();
    };
  }

  /** Inspects a container by id or name; {@code container_not_found} when there is none. */
  public ContainerDetails inspect(String container) {
    return find(container)
        .orElseThrow(() -> new DockerRuntimeException(
            DockerErrorCode.CONTAINER_NOT_FOUND, "no such container: " + container, null));
  }

  /** Inspects a container by id or name; empty when there is none. */
  public Optional<ContainerDetails> find(String container) {
    InspectContainerResponse r;
    try {
      r = client.inspectContainerCmd(container).exec();
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "inspect container " + container);
    }
    return Optional.of(details(r));
  }

  private static ContainerDetails details(InspectContainerResponse r) {
    InspectContainerResponse.ContainerState state = r.getState();
    Map<String, String> ips = new HashMap<>();
    Map<Integer, Integer> published = new HashMap<>();
    if (r.getNetworkSettings() != null) {
      Map<String, ContainerNetwork> networks = r.getNetworkSettings().getNetworks();
      if (networks != null) {
        networks.forEach((name, n) -> ips.put(name, n.getIpAddress() == null ? "" : n.getIpAddress()));
      }
      Ports ports = r.getNetworkSettings().getPorts();
      if (ports != null) {
        ports.getBindings().forEach((port, bindings) -> {
          if (bindings != null && bindings.length > 0 && bindings[0].getHostPortSpec() != null) {
            published.put(port.getPort(), Integer.parseInt(bindings[0].getHostPortSpec()));
          }
        });
      }
    }
    Optional<String> health = Optional.ofNullable(state.getHealth()).map(h -> h.getStatus());
    return new ContainerDetails(
        r.getId(),
        stripSlash(r.getName()),
        r.getConfig() == null ? null : r.getConfig().getImage(),
        r.getImageId(),
        state.getStatus(),
        Boolean.TRUE.equals(state.getRunning()),
        state.getExitCodeLong() == null ? 0 : state.getExitCodeLong().intValue(),
        health,
        r.getRestartCount() == null ? 0 : r.getRestartCount(),
        r.getConfig() == null || r.getConfig().getLabels() == null ? Map.of() : r.getConfig().getLabels(),
        ips,
        published);
  }

  /** Starts a stopped container; a running one is left alone. */
  public void start(String container) {
    try {
      client.startContainerCmd(container).exec();
      log.info("started container {}", container);
    } catch (NotModifiedException e) {
      log.debug("container {} was already running", container);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.CONTAINER_START_FAILED, "start container " + container);
    }
  }

  /**
   * Stops a container: SIGTERM, then SIGKILL after {@code timeout} (whole seconds, rounded up). A
   * stopped one is left alone. With restart policy unless-stopped it stays stopped.
   */
  public void stop(String container, Duration timeout) {
    try {
      client.stopContainerCmd(container).withTimeout(seconds(timeout)).exec();
      log.info("stopped container {}", container);
    } catch (NotModifiedException e) {
      log.debug("container {} was already stopped", container);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "stop container " + container);
    }
  }

  /** Stops (as {@link #stop}) and starts a container again. */
  public void restart(String container, Duration timeout) {
    try {
      client.restartContainerCmd(container).withTimeout(seconds(timeout)).exec();
      log.info("restarted container {}", container);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.CONTAINER_START_FAILED, "restart container " + container);
    }
  }

  /**
   * Removes a container, running or not, with its anonymous volumes.
   *
   * @return false when there was no such container
   */
  public boolean remove(String container) {
    try {
      client.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
      log.info("removed container {}", container);
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (ConflictException e) {
      if (String.valueOf(e.getMessage()).contains("already in progress")) {
        return true;
      }
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "remove container " + container);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "remove container " + container);
    }
  }

  /**
   * Lists containers, stopped ones included, carrying all the given labels. A null or empty value
   * matches any value of that label.
   */
  public List<ContainerSummary> listByLabels(Map<String, String> labels) {
    List<String> filter = LabelFilter.of(labels);
    List<Container> found;
    try {
      var cmd = client.listContainersCmd().withShowAll(true);
      if (!filter.isEmpty()) {
        cmd.withLabelFilter(filter);
      }
      found = cmd.exec();
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "list containers");
    }
    return found.stream()
        .map(c -> new ContainerSummary(
            c.getId(),
            c.getNames() == null || c.getNames().length == 0 ? "" : stripSlash(c.getNames()[0]),
            c.getImage(),
            c.getState(),
            c.getStatus(),
            c.getLabels() == null ? Map.of() : new LinkedHashMap<>(c.getLabels())))
        .toList();
  }

  /**
   * Runs a command in a running container and waits for it. On timeout the command is left
   * running inside the container (the engine offers no way to kill one exec).
   *
   * @throws DockerRuntimeException {@code container_not_running}, {@code container_not_found}, or
   *     {@code exec_failed} (retryable) when it did not finish within {@code timeout}
   */
  public ExecResult exec(String container, List<String> command, Duration timeout) {
    ExecOutputCallback callback = new ExecOutputCallback(EXEC_OUTPUT_LIMIT);
    String execId;
    try {
      execId = client.execCreateCmd(container)
          .withCmd(command.toArray(String[]::new))
          .withAttachStdout(true)
          .withAttachStderr(true)
          .exec()
          .getId();
      client.execStartCmd(execId).exec(callback);
      if (!callback.await(timeout)) {
        throw new DockerRuntimeException(DockerErrorCode.EXEC_FAILED,
            "command in " + container + " did not finish within " + timeout, true, List.of(), null);
      }
      return new ExecResult(exitCode(execId), callback.stdout(), callback.stderr());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DockerRuntimeException(DockerErrorCode.EXEC_FAILED, "exec in " + container + " interrupted", e);
    } catch (RuntimeException e) {
      throw DockerFailures.translate(e, DockerErrorCode.EXEC_FAILED, "exec in " + container);
    }
  }

  /** Copies one regular file out of a container into {@code out}; returns its size. */
  public long copyFileOut(String container, String path, java.io.OutputStream out) {
    return new DockerFileCopy(client).copyOut(container, path, out);
  }

  /** Writes one regular file (mode 0644) into a container; its folder exists. */
  public void copyFileIn(String container, String path, java.io.InputStream content, long size) {
    new DockerFileCopy(client).copyIn(container, path, content, size);
  }

  /** An interactive TTY shell in a running container ({@link DockerTerminal}). */
  public dev.appaloft.api.runtime.TerminalChannel terminal(String container,
      dev.appaloft.api.runtime.TerminalRequest request, dev.appaloft.api.runtime.TerminalOutput output) {
    return DockerTerminal.open(client, container, request, output);
  }

  /** The output stream ends a moment before the engine records the exit code; wait briefly. */
  private int exitCode(String execId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      var inspected = client.inspectExecCmd(execId).exec();
      if (!Boolean.TRUE.equals(inspected.isRunning()) && inspected.getExitCodeLong() != null) {
        return inspected.getExitCodeLong().intValue();
      }
      if (System.nanoTime() > deadline) {
        throw new DockerRuntimeException(DockerErrorCode.EXEC_FAILED,
            "exec " + execId + " ended its output but reported no exit code", true, List.of(), null);
      }
      Thread.sleep(20);
    }
  }

  private void removeQuietly(String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException e) {
      log.warn("could not remove container {} after a failed start: {}", shortId(id), e.getMessage());
    }
  }

  private static Integer seconds(Duration timeout) {
    long millis = Math.max(0, timeout.toMillis());
    return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
  }

  private static String stripSlash(String name) {
    return name != null && name.startsWith("/") ? name.substring(1) : name;
  }

  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }
}
