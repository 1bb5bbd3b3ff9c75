package dev.appaloft.runtime.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The deployment runtime of one server reached over SSH: what the local Docker runtime does, done
 * by the docker CLI on that server. A build context goes up as a tar stream on {@code docker
 * build -}'s input; environment values go on {@code docker run --env-file /dev/stdin}'s input,
 * never on a command line; candidates publish on the server's loopback, where its edge proxy
 * reaches them and health probes arrive through the SSH connection.
 */
public final class SshDockerRuntime implements DeploymentRuntime {

    static final ErrorCode BUILD_FAILED = new ErrorCode("ssh_docker_build_failed", 502, false);
    static final ErrorCode IMAGE_UNAVAILABLE = new ErrorCode("image_pull_failed", 502, true);
    static final ErrorCode RUN_FAILED = new ErrorCode("ssh_docker_run_failed", 502, true);
    static final ErrorCode DOCKER_FAILED = new ErrorCode("ssh_execution_failed", 502, true);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration PULL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration FAST_INTERVAL = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RemoteDocker docker;
    private final ControlPlaneImages controlPlane;
    private final SshServerCapacity capacity;
    private final SshVolumes volumes;

    /** {@code target} is read on each call, so a rotated key or an accepted host key applies at once. */
    public SshDockerRuntime(SshConnections connections, String serverKey, Supplier<SshTarget> target) {
        this(connections, serverKey, target, ControlPlaneImages.localDocker());
    }

    SshDockerRuntime(SshConnections connections, String serverKey, Supplier<SshTarget> target,
                     ControlPlaneImages controlPlane) {
        this.docker = new RemoteDocker(connections, serverKey, target);
        this.controlPlane = controlPlane;
        this.capacity = new SshServerCapacity(docker);
        this.volumes = new SshVolumes(docker);
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
        List<String> args = new ArrayList<>(List.of("exec", instance.id()));
        args.addAll(command);
        ExecResult result = docker.run(args, RemoteIo.NONE, timeout);
        return new dev.appaloft.api.runtime.CommandResult(result.exitStatus(), result.stdout(), result.stderr());
    }

    // dependency backups
    @Override
    public long copyFromInstance(RuntimeInstance instance, String path, java.io.OutputStream out) {
        return new SshFileCopy(docker).copyOut(instance.id(), path, out);
    }

    @Override
    public void copyToInstance(RuntimeInstance instance, String path, java.io.InputStream content, long size) {
        new SshFileCopy(docker).copyIn(instance.id(), path, content, size);
    }

    @Override
    public dev.appaloft.api.runtime.TerminalChannel openTerminal(RuntimeInstance instance,
            dev.appaloft.api.runtime.TerminalRequest request, dev.appaloft.api.runtime.TerminalOutput output) {
        ExecResult inspected = docker.run(List.of("inspect", "--format", "{{.State.Running}} {{.Config.WorkingDir}}",
                instance.id()), RemoteIo.NONE, COMMAND_TIMEOUT);
        String[] state = inspected.stdout().trim().split(" ", 2);
        if (!inspected.succeeded() || !"true".equals(state[0])) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, "the instance " + instance.name()
                    + " is not running on the server");
        }
        String base = state.length < 2 || state[1].isBlank() ? "/" : state[1];
        String relative = request.workingDirectory();
        String directory = relative == null ? base : (base.endsWith("/") ? base : base + "/") + relative;
        return docker.terminal(List.of("exec", "-it", "-e", "TERM=xterm-256color", "-w", directory, instance.id(),
                "/bin/sh", "-c", "if command -v bash >/dev/null 2>&1; then exec bash -i; else exec sh -i; fi"),
                directory, request, output);
    }

    // scheduled tasks
    @Override
    public dev.appaloft.api.runtime.TaskRunResult runTask(dev.appaloft.api.runtime.TaskRunRequest request) {
        if (request.network() != null) {
            ensureNetwork(request.network());
        }
        return new SshTaskRun(docker).run(request);
    }

    @Override
    public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
        if (request.kind() == ArtifactRequest.Kind.COMPOSE_STACK) { // compose stacks: not over SSH yet
            throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                    "compose stacks are not deployed to servers over SSH yet; deploy them to the local-shell server");
        }
        if (request.kind() == ArtifactRequest.Kind.PREBUILT_IMAGE) {
            if (docker.run(List.of("image", "inspect", "--format", "{{.Id}}", request.image()), RemoteIo.NONE,
                    COMMAND_TIMEOUT).succeeded()) {
                log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "using image " + request.image()
                        + " from the server's engine");
                return new Artifact(request.image(), false);
            }
            log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "image " + request.image()
                    + " is not on the server; pulling it there");
            Consumer<String> lines = line -> log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, line);
            ExecResult pulled = stoppable(() -> docker.run(List.of("pull", request.image()), RemoteIo.stdout(lines),
                    PULL_TIMEOUT, log::cancelRequested));
            if (!pulled.succeeded() && controlPlane.has(request.image())) {
                log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "no registry serves " + request.image()
                        + " to the server; sending it from the control plane (docker save | docker load)");
                stoppable(() -> docker.require(IMAGE_UNAVAILABLE, "docker load " + request.image(), List.of("load"),
                        new RemoteIo(in -> controlPlane.save(request.image(), in), lines, lines), PULL_TIMEOUT,
                        log::cancelRequested));
            } else if (!pulled.succeeded()) {
                throw RemoteDocker.failure(IMAGE_UNAVAILABLE, "docker pull " + request.image(), pulled);
            }
            return new Artifact(request.image(), false);
        }
        List<String> args = new ArrayList<>(List.of("build", "--tag", request.image(), "--file",
                request.dockerfile() == null ? "Dockerfile" : request.dockerfile()));
        request.labels().forEach((k, v) -> args.addAll(List.of("--label", k + "=" + v)));
        args.add("-");
        log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "building image " + request.image() + " on the server");
        Consumer<String> lines = line -> log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, line);
        stoppable(() -> docker.require(BUILD_FAILED, "docker build", args,
                new RemoteIo(in -> ContextTar.write(request.contextDirectory(), in), lines, lines), BUILD_TIMEOUT,
                log::cancelRequested));
        return new Artifact(request.image(), true);
    }

    /** A canceled deployment's command was stopped on the server: the deployment ends canceled. */
    private static <T> T stoppable(Supplier<T> command) {
        try {
            return command.get();
        } catch (AppaloftException e) {
            if (e.code().equals(SshErrors.COMMAND_CANCELED)) {
                throw new java.util.concurrent.CancellationException("the deployment was canceled; its command on the"
                        + " server was stopped");
            }
            throw e;
        }
    }

    @Override
    public RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log) {
        for (String value : request.environment().values()) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new AppaloftException(RUN_FAILED, "a variable value spans several lines, which docker's"
                        + " environment file cannot carry to the server");
            }
        }
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--name", request.name(),
                "--env-file", "/dev/stdin", "--publish", "127.0.0.1:" + (request.hostPort() == null ? "" : request.hostPort())
                        + ":" + request.internalPort()));
        request.labels().forEach((k, v) -> args.addAll(List.of("--label", k + "=" + v)));
        if (request.network() != null) {
            ensureNetwork(request.network());
            args.addAll(List.of("--network", request.network().name()));
            request.network().aliases().forEach(a -> args.addAll(List.of("--network-alias", a)));
        }
        args.addAll(mountArgs(request.mounts()));
        args.add(request.image());
        args.addAll(request.command());
        StringBuilder envFile = new StringBuilder();
        request.environment().forEach((k, v) -> envFile.append(k).append('=').append(v).append('\n'));
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "starting " + request.name() + " from "
                + request.image() + " on the server (" + request.environment().size() + " environment variables)");
        String id = docker.require(RUN_FAILED, "docker run", args,
                RemoteIo.input(in -> in.write(envFile.toString().getBytes(StandardCharsets.UTF_8))), COMMAND_TIMEOUT)
                .stdout().trim();
        Integer hostPort = inspect(id).map(InstanceStatus::hostPort).orElse(null);
        return new RuntimeInstance(id, request.name(), hostPort, true, request.labels());
    }

    /** Creates the network unless the server has one of that name (a lost race is fine: it exists then). */
    private void ensureNetwork(dev.appaloft.api.runtime.NetworkAttachment network) {
        if (docker.run(List.of("network", "inspect", "--format", "{{.Name}}", network.name()), RemoteIo.NONE,
                COMMAND_TIMEOUT).succeeded()) {
            return;
        }
        List<String> create = new ArrayList<>(List.of("network", "create", "--driver", "bridge"));
        network.labels().forEach((k, v) -> create.addAll(List.of("--label", k + "=" + v)));
        create.add(network.name());
        if (!docker.run(create, RemoteIo.NONE, COMMAND_TIMEOUT).succeeded()) {
            docker.require(RUN_FAILED, "docker network inspect", List.of("network", "inspect", network.name()),
                    RemoteIo.NONE, COMMAND_TIMEOUT);
        }
    }

    @Override
    public HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log) {
        if (candidate.hostPort() == null) {
            throw new AppaloftException(new ErrorCode("health_target_unreachable", 502, false),
                    "the candidate publishes no port to probe");
        }
        Duration interval = Duration.ofSeconds(policy.intervalSeconds());
        Duration every = interval.compareTo(FAST_INTERVAL) > 0 ? FAST_INTERVAL : interval;
        long window = Duration.ofSeconds(policy.startPeriodSeconds()).plus(interval.multipliedBy(policy.retries()))
                .toNanos();
        long start = System.nanoTime();
        int attempts = 0;
        TunnelHttp.Answer last;
        while (true) {
            attempts++;
            last = check(candidate.hostPort(), policy);
            boolean healthy = healthy(last, policy);
            log.write(DeploymentPhase.VERIFY, healthy ? RuntimeLog.Level.INFO : RuntimeLog.Level.WARN,
                    "health probe " + policy.http().path() + " on the server: " + last.detail());
            if (healthy || System.nanoTime() - start > window) {
                return new HealthVerdict(healthy, attempts, last.status(), last.detail(),
                        Duration.ofNanos(System.nanoTime() - start));
            }
            if (log.cancelRequested()) {
                throw new java.util.concurrent.CancellationException("the deployment was canceled while verifying");
            }
            sleep(every);
        }
    }

    @Override
    public HealthVerdict probe(RuntimeInstance instance, HealthCheck policy) {
        if (instance.hostPort() == null) {
            return new HealthVerdict(false, 0, -1, "the instance publishes no port to probe", Duration.ZERO);
        }
        long start = System.nanoTime();
        TunnelHttp.Answer answer = check(instance.hostPort(), policy);
        return new HealthVerdict(healthy(answer, policy), 1, answer.status(), answer.detail(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private TunnelHttp.Answer check(int port, HealthCheck policy) {
        HealthCheck.Http http = policy.http();
        String method = http.method() == null ? "GET" : http.method().name();
        Duration timeout = Duration.ofSeconds(Math.max(1, policy.timeoutSeconds()));
        return docker.connections().withClient(docker.serverKey(), docker.target(),
                client -> TunnelHttp.request(client, port, method, http.path() == null ? "/" : http.path(), timeout));
    }

    private static boolean healthy(TunnelHttp.Answer answer, HealthCheck policy) {
        int expected = policy.http().expectedStatusCode() == null ? 200 : policy.http().expectedStatusCode();
        String text = policy.http().expectedResponseText();
        return answer.status() == expected && (text == null || answer.body().contains(text));
    }

    @Override
    public void retire(RuntimeInstance instance, RuntimeLog log) {
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "retiring " + instance.name() + " on the server");
        ExecResult removed = docker.run(List.of("rm", "--force", instance.id()), RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!removed.succeeded() && !removed.stderr().contains("No such container")) {
            throw RemoteDocker.failure(DOCKER_FAILED, "docker rm", removed);
        }
    }

    @Override
    public List<RuntimeInstance> find(Map<String, String> labels) {
        List<String> args = new ArrayList<>(List.of("ps", "--all", "--quiet", "--no-trunc"));
        labels.forEach((k, v) -> args.addAll(List.of("--filter", "label=" + k + "=" + v)));
        String ids = docker.require(DOCKER_FAILED, "docker ps", args, RemoteIo.NONE, COMMAND_TIMEOUT).stdout().trim();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<RuntimeInstance> found = new ArrayList<>();
        for (JsonNode c : inspectAll(List.of(ids.split("\\s+")))) {
            found.add(new RuntimeInstance(c.path("Id").asText(), c.path("Name").asText().replaceFirst("^/", ""),
                    hostPort(c), c.path("State").path("Running").asBoolean(), labels(c)));
        }
        return found;
    }

    @Override
    public Optional<InstanceStatus> inspect(RuntimeInstance instance) {
        return inspect(instance.id());
    }

    private Optional<InstanceStatus> inspect(String id) {
        List<JsonNode> found = inspectAll(List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode state = found.get(0).path("State");
        String status = state.path("Status").asText("");
        InstanceStatus.State mapped = switch (status) {
            case "running" -> InstanceStatus.State.RUNNING;
            case "restarting" -> InstanceStatus.State.RESTARTING;
            case "created" -> InstanceStatus.State.STARTING;
            default -> InstanceStatus.State.STOPPED;
        };
        boolean stopped = mapped == InstanceStatus.State.STOPPED;
        return Optional.of(new InstanceStatus(mapped, stopped ? null : hostPort(found.get(0)),
                stopped ? state.path("ExitCode").asInt() : null, status));
    }

    private List<JsonNode> inspectAll(List<String> ids) {
        List<String> args = new ArrayList<>(List.of("container", "inspect"));
        args.addAll(ids);
        ExecResult result = docker.run(args, RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!result.succeeded() && result.stdout().isBlank()) {
            if (result.stderr().contains("No such")) {
                return List.of();
            }
            throw RemoteDocker.failure(DOCKER_FAILED, "docker inspect", result);
        }
        try {
            List<JsonNode> nodes = new ArrayList<>();
            JSON.readTree(result.stdout()).forEach(nodes::add);
            return nodes;
        } catch (IOException e) {
            throw new AppaloftException(DOCKER_FAILED, "docker inspect on the server printed no JSON");
        }
    }

    private static Integer hostPort(JsonNode container) {
        for (JsonNode bindings : container.path("NetworkSettings").path("Ports")) {
            for (JsonNode binding : bindings) {
                String port = binding.path("HostPort").asText("");
                if (!port.isEmpty()) {
                    return Integer.parseInt(port);
                }
            }
        }
        return null;
    }

    private static Map<String, String> labels(JsonNode container) {
        Map<String, String> labels = new LinkedHashMap<>();
        container.path("Config").path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    @Override
    public void stop(RuntimeInstance instance) {
        control(instance, List.of("stop", "--time", "10", instance.id()));
    }

    @Override
    public RuntimeInstance start(RuntimeInstance instance) {
        control(instance, List.of("start", instance.id()));
        return current(instance);
    }

    @Override
    public RuntimeInstance restart(RuntimeInstance instance) {
        control(instance, List.of("restart", "--time", "10", instance.id()));
        return current(instance);
    }

    private void control(RuntimeInstance instance, List<String> args) {
        ExecResult result = docker.run(args, RemoteIo.NONE, COMMAND_TIMEOUT);
        if (!result.succeeded()) {
            throw result.stderr().contains("No such container") ? gone(instance)
                    : RemoteDocker.failure(DOCKER_FAILED, "docker " + args.get(0), result);
        }
    }

    private RuntimeInstance current(RuntimeInstance instance) {
        InstanceStatus now = inspect(instance).orElseThrow(() -> gone(instance));
        return new RuntimeInstance(instance.id(), instance.name(), now.hostPort(), now.running(), instance.labels());
    }

    @Override
    public List<InstanceLogLine> logs(RuntimeInstance instance, Integer tail, Instant since) {
        List<InstanceLogLine> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecResult result = docker.run(logArgs(instance, tail, since, false), new RemoteIo(null,
                line -> lines.add(RemoteLogLines.parse(InstanceLogLine.Stream.STDOUT, line)),
                line -> lines.add(RemoteLogLines.parse(InstanceLogLine.Stream.STDERR, line))), COMMAND_TIMEOUT);
        if (!result.succeeded()) {
            throw result.stderr().contains("No such container") ? gone(instance)
                    : RemoteDocker.failure(DOCKER_FAILED, "docker logs", result);
        }
        return RemoteLogLines.inOrder(lines);
    }

    @Override
    public LogFollower followLogs(RuntimeInstance instance, Integer tail, Instant since, Consumer<InstanceLogLine> sink) {
        if (inspect(instance).isEmpty()) {
            throw gone(instance);
        }
        RemoteCommand follow = docker.connections().start(docker.serverKey(), docker.target(),
                "docker " + Shell.join(logArgs(instance, tail, since, true)), new RemoteIo(null,
                        line -> sink.accept(RemoteLogLines.parse(InstanceLogLine.Stream.STDOUT, line)),
                        line -> sink.accept(RemoteLogLines.parse(InstanceLogLine.Stream.STDERR, line))));
        return new RemoteLogLines.Follower(follow);
    }

    private static List<String> logArgs(RuntimeInstance instance, Integer tail, Instant since, boolean follow) {
        List<String> args = new ArrayList<>(List.of("logs", "--timestamps"));
        if (follow) {
            args.add("--follow");
        }
        if (tail != null) {
            args.addAll(List.of("--tail", String.valueOf(tail)));
        }
        if (since != null) {
            args.addAll(List.of("--since", since.toString()));
        }
        args.add(instance.id());
        return args;
    }

    @Override
    public List<String> images(Map<String, String> labels) {
        List<String> args = new ArrayList<>(List.of("images", "--format", "{{.Repository}}:{{.Tag}}"));
        labels.forEach((k, v) -> args.addAll(List.of("--filter", "label=" + k + "=" + v)));
        String out = docker.require(DOCKER_FAILED, "docker images", args, RemoteIo.NONE, COMMAND_TIMEOUT).stdout();
        return out.lines().map(String::trim).filter(s -> !s.isEmpty() && !s.contains("<none>")).toList();
    }

    @Override
    public void removeImage(String image, RuntimeLog log) {
        ExecResult result = docker.run(List.of("rmi", image), RemoteIo.NONE, COMMAND_TIMEOUT);
        if (result.succeeded()) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "removed the older image " + image + " on the server");
        } else {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.WARN, "kept the image " + image + ": "
                    + result.stderr().strip());
        }
    }

    private static AppaloftException gone(RuntimeInstance instance) {
        return new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND,
                "the instance " + instance.name() + " no longer exists on the server");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while verifying");
        }
    }

    /** {@code docker run} arguments of {@code mounts}. */
    static List<String> mountArgs(List<dev.appaloft.api.runtime.VolumeMount> mounts) {
        List<String> args = new ArrayList<>();
        // --mount, not -v: its comma-separated fields are unambiguous (paths are checked to hold no comma)
        mounts.forEach(m -> args.addAll(List.of("--mount", (m.hostPath() ? "type=bind" : "type=volume")
                + ",source=" + m.source() + ",target=" + m.target() + (m.readOnly() ? ",readonly" : ""))));
        return args;
    }
}
