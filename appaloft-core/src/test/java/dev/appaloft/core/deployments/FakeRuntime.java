package dev.appaloft.core.deployments;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fast in-memory double of a machine for the engine's unit tests; the same flows run against
 * the real Docker engine in DockerDeploymentIT. Instances live in a map; health is scripted. Like
 * Docker, an instance gets a new host port each time it starts; what it "prints" is kept per
 * instance and handed to followers until it stops.
 */
public final class FakeRuntime implements DeploymentRuntime {

    public final Map<String, RuntimeInstance> instances = new ConcurrentHashMap<>();
    public final Map<String, Map<String, String>> environments = new ConcurrentHashMap<>();
    /** Images "built", by reference, with their labels. */
    public final Map<String, Map<String, String>> images = new ConcurrentHashMap<>();
    /** What each build was given, read while its context still existed. */
    public final List<Build> builds = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A build request: its tag, its Dockerfile's text and the files of its context (relative paths). */
    public record Build(String image, String dockerfile, java.util.Set<String> files) {
    }
    private final AtomicInteger ids = new AtomicInteger();
    public volatile boolean healthy = true;
    public volatile AppaloftException prepareFailure;
    public volatile CountDownLatch hold;
    /** Thrown by the next stop/start/restart, then cleared. */
    public volatile AppaloftException controlFailure;
    public final Map<String, List<InstanceLogLine>> output = new ConcurrentHashMap<>();
    /** The capacity this "machine" reports (none unless a test sets one). */
    public volatile dev.appaloft.api.runtime.capacity.ServerCapacity capacity;
    private final Map<String, List<Follower>> followers = new ConcurrentHashMap<>();

    @Override
    public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
        log.write(DeploymentPhase.PACKAGE, RuntimeLog.Level.INFO, "prepared " + request.image());
        CountDownLatch gate = hold;
        if (gate != null) {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (prepareFailure != null) {
            throw prepareFailure;
        }
        if (request.kind() == ArtifactRequest.Kind.DOCKERFILE_BUILD) {
            builds.add(build(request));
            images.put(request.image(), request.labels());
        }
        return new Artifact(request.image(), request.kind() == ArtifactRequest.Kind.DOCKERFILE_BUILD);
    }

    @Override
    public RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log) {
        String id = "ctr-" + ids.incrementAndGet();
        RuntimeInstance instance = new RuntimeInstance(id, request.name(), 40_000 + ids.get(), true, request.labels());
        instances.put(id, instance);
        environments.put(id, request.environment());
        mounts.put(id, request.mounts());
        if (request.network() != null) {
            networks.put(id, request.network());
        }
        startedImages.put(id, request.image());
        FakeVolumes held = volumes;
        if (held != null) {
            request.mounts().stream().filter(m -> !m.hostPath()).forEach(m -> held.users
                    .computeIfAbsent(m.source(), k -> new CopyOnWriteArrayList<>()).add(id));
        }
        print(id, "app listening on " + request.internalPort() + " with " + request.environment());
        // an app that prints its configuration, secrets included: the engine must mask them
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "app started with " + request.environment());
        return instance;
    }

    /** Set: verify probes until the deployment is canceled (as the Docker runtime does), counting down this latch first. */
    public volatile CountDownLatch verifyUntilCanceled;

    @Override
    public HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log) {
        CountDownLatch verifying = verifyUntilCanceled;
        if (verifying != null) {
            verifying.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!log.cancelRequested() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new java.util.concurrent.CancellationException("canceled while verifying");
        }
        return new HealthVerdict(healthy, healthy ? 1 : 3, healthy ? 200 : 503, healthy ? "200 OK" : "503", Duration.ZERO);
    }

    @Override
    public void retire(RuntimeInstance instance, RuntimeLog log) {
        instances.remove(instance.id());
        FakeVolumes held = volumes;
        if (held != null) {
            held.users.values().forEach(users -> users.remove(instance.id()));
        }
        endFollowers(instance.id());
    }

    @Override
    public List<RuntimeInstance> find(Map<String, String> labels) {
        return instances.values().stream()
                .filter(i -> labels.entrySet().stream().allMatch(l -> l.getValue().equals(i.labels().get(l.getKey()))))
                .toList();
    }

    @Override
    public Optional<InstanceStatus> inspect(RuntimeInstance instance) {
        RuntimeInstance known = instances.get(instance.id());
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(known.running()
                ? new InstanceStatus(InstanceStatus.State.RUNNING, known.hostPort(), null, "running")
                : new InstanceStatus(InstanceStatus.State.STOPPED, null, 0, "exited"));
    }

    @Override
    public void stop(RuntimeInstance instance) {
        RuntimeInstance known = control(instance);
        instances.put(known.id(), new RuntimeInstance(known.id(), known.name(), null, false, known.labels()));
        print(known.id(), "shutting down");
        endFollowers(known.id());
    }

    @Override
    public RuntimeInstance start(RuntimeInstance instance) {
        RuntimeInstance known = control(instance);
        if (known.running()) {
            return known;
        }
        return started(known);
    }

    @Override
    public RuntimeInstance restart(RuntimeInstance instance) {
        RuntimeInstance known = control(instance);
        endFollowers(known.id());
        return started(known);
    }

    private RuntimeInstance started(RuntimeInstance known) {
        RuntimeInstance running = new RuntimeInstance(known.id(), known.name(), 40_000 + ids.incrementAndGet(), true,
                known.labels());
        instances.put(known.id(), running);
        print(known.id(), "app started again");
        return running;
    }

    private RuntimeInstance control(RuntimeInstance instance) {
        AppaloftException failure = controlFailure;
        if (failure != null) {
            controlFailure = null;
            throw failure;
        }
        RuntimeInstance known = instances.get(instance.id());
        if (known == null) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, "no instance " + instance.id());
        }
        return known;
    }

    @Override
    public HealthVerdict probe(RuntimeInstance instance, HealthCheck policy) {
        RuntimeInstance known = instances.get(instance.id());
        boolean ok = healthy && known != null && known.running() && known.hostPort() != null
                && known.hostPort().equals(instance.hostPort());
        return new HealthVerdict(ok, 1, ok ? 200 : 503, ok ? "200 OK" : "503 Service Unavailable", Duration.ofMillis(3));
    }

    /** The instance writes a line (stdout); followers get it at once. */
    public void print(String instanceId, String text) {
        InstanceLogLine line = new InstanceLogLine(InstanceLogLine.Stream.STDOUT, Instant.now(), text);
        output.computeIfAbsent(instanceId, id -> new CopyOnWriteArrayList<>()).add(line);
        for (Follower follower : followers.getOrDefault(instanceId, List.of())) {
            if (follower.isOpen()) {
                follower.sink.accept(line);
            }
        }
    }

    @Override
    public List<InstanceLogLine> logs(RuntimeInstance instance, Integer tail, Instant since) {
        if (!instances.containsKey(instance.id())) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, "no instance " + instance.id());
        }
        List<InstanceLogLine> lines = new ArrayList<>(output.getOrDefault(instance.id(), List.of()).stream()
                .filter(l -> since == null || !l.timestamp().isBefore(since)).toList());
        return tail == null || lines.size() <= tail ? lines : lines.subList(lines.size() - tail, lines.size());
    }

    @Override
    public LogFollower followLogs(RuntimeInstance instance, Integer tail, Instant since, Consumer<InstanceLogLine> sink) {
        Follower follower = new Follower(sink);
        logs(instance, tail, since).forEach(sink);
        RuntimeInstance known = instances.get(instance.id());
        if (known.running()) {
            followers.computeIfAbsent(instance.id(), id -> new CopyOnWriteArrayList<>()).add(follower);
        } else {
            follower.close(); // like Docker: a stopped container's follow ends after its tail
        }
        return follower;
    }

    /** How many follows of the instance are still open (a client that left must not leave one behind). */
    public long openFollowers(String instanceId) {
        return followers.getOrDefault(instanceId, List.of()).stream().filter(Follower::isOpen).count();
    }

    private void endFollowers(String instanceId) {
        followers.getOrDefault(instanceId, List.of()).forEach(Follower::close);
    }

    private static final class Follower implements LogFollower {
        final Consumer<InstanceLogLine> sink;
        volatile boolean open = true;

        Follower(Consumer<InstanceLogLine> sink) {
            this.sink = sink;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    @Override
    public List<String> images(Map<String, String> labels) {
        return images.entrySet().stream()
                .filter(i -> labels.entrySet().stream().allMatch(l -> l.getValue().equals(i.getValue().get(l.getKey()))))
                .map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public void removeImage(String image, RuntimeLog log) {
        images.remove(image);
    }

    private static Build build(ArtifactRequest request) {
        java.nio.file.Path context = request.contextDirectory();
        String dockerfile = request.dockerfile() == null ? "Dockerfile" : request.dockerfile();
        try (var paths = java.nio.file.Files.walk(context)) {
            java.util.Set<String> files = paths.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> context.relativize(p).toString()).collect(java.util.stream.Collectors.toSet());
            return new Build(request.image(), java.nio.file.Files.readString(context.resolve(dockerfile)), files);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AppaloftException pullFailure() {
        return new AppaloftException(new ErrorCode("image_pull_failed", 502, true), "no registry reachable");
    }

    @Override
    public Optional<dev.appaloft.api.runtime.capacity.ServerCapacity> capacity() {
        return Optional.ofNullable(capacity);
    }

    /** The named volumes of this "machine" (none unless a test sets them: then mounts are honoured). */
    public volatile FakeVolumes volumes;
    /** The image each instance was started from, by instance id. */
    public final Map<String, String> startedImages = new ConcurrentHashMap<>();
    /** What each instance mounted, by instance id. */
    public final Map<String, List<dev.appaloft.api.runtime.VolumeMount>> mounts = new ConcurrentHashMap<>();
    /** The network each instance joined, when it joined one. */
    public final Map<String, dev.appaloft.api.runtime.NetworkAttachment> networks = new ConcurrentHashMap<>();

    @Override
    public Optional<dev.appaloft.api.runtime.RuntimeVolumes> volumes() {
        return Optional.ofNullable(volumes);
    }

    /** Commands run inside instances, in order; {@link #commands} answers them (all succeed by default). */
    public final List<List<String>> executed = new CopyOnWriteArrayList<>();
    public volatile java.util.function.Function<List<String>, dev.appaloft.api.runtime.CommandResult> commands =
            command -> new dev.appaloft.api.runtime.CommandResult(0, "", "");

    @Override
    public dev.appaloft.api.runtime.CommandResult exec(RuntimeInstance instance, List<String> command, Duration timeout) {
        if (!instances.containsKey(instance.id())) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, instance.name() + " is gone");
        }
        executed.add(List.copyOf(command));
        return commands.apply(command);
    }

    // dependency backups
    /** Files inside instances, by instance id, then path: what copyToInstance wrote or a test's command made. */
    public final Map<String, Map<String, byte[]>> files = new ConcurrentHashMap<>();

    @Override
    public long copyFromInstance(RuntimeInstance instance, String path, java.io.OutputStream out) {
        if (!instances.containsKey(instance.id())) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, instance.name() + " is gone");
        }
        byte[] content = files.getOrDefault(instance.id(), Map.of()).get(path);
        if (content == null) {
            throw new AppaloftException(ErrorCode.RUNTIME_TARGET_UNSUPPORTED, path + " is not in " + instance.name());
        }
        try {
            out.write(content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return content.length;
    }

    @Override
    public void copyToInstance(RuntimeInstance instance, String path, java.io.InputStream content, long size) {
        if (!instances.containsKey(instance.id())) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, instance.name() + " is gone");
        }
        try {
            byte[] bytes = content.readAllBytes();
            if (bytes.length != size) {
                throw new IllegalStateException("copied " + bytes.length + " bytes, announced " + size);
            }
            files.computeIfAbsent(instance.id(), k -> new ConcurrentHashMap<>()).put(path, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The terminals opened, in order. */
    public final List<FakeTerminal> terminals = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public dev.appaloft.api.runtime.TerminalChannel openTerminal(RuntimeInstance instance,
            dev.appaloft.api.runtime.TerminalRequest request, dev.appaloft.api.runtime.TerminalOutput output) {
        if (!instances.containsKey(instance.id())) {
            throw new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND, instance.name() + " is gone");
        }
        FakeTerminal terminal = new FakeTerminal(request, output);
        terminals.add(terminal);
        return terminal;
    }

    // scheduled tasks
    /** The task containers run, in order; {@link #tasks} answers them (all print "ok" and exit 0 by default). */
    public final List<dev.appaloft.api.runtime.TaskRunRequest> taskRuns = new CopyOnWriteArrayList<>();
    public volatile java.util.function.Function<dev.appaloft.api.runtime.TaskRunRequest,
            dev.appaloft.api.runtime.TaskRunResult> tasks = request -> new dev.appaloft.api.runtime.TaskRunResult(0, false,
            List.of(new InstanceLogLine(InstanceLogLine.Stream.STDOUT, Instant.now(), "ok")), false);

    @Override
    public dev.appaloft.api.runtime.TaskRunResult runTask(dev.appaloft.api.runtime.TaskRunRequest request) {
        taskRuns.add(request);
        return tasks.apply(request);
    }
}
