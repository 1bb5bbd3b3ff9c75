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
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast in-memory double of a machine for the engine's unit tests; the same flows run against
 * the real Docker engine in DockerDeploymentIT. Instances live in a map; health is scripted.
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
    }

    @Override
    public List<RuntimeInstance> find(Map<String, String> labels) {
        return instances.values().stream()
                .filter(i -> labels.entrySet().stream().allMatch(l -> l.getValue().equals(i.labels().get(l.getKey()))))
                .toList();
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
}
