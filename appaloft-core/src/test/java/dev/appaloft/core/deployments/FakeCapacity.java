package dev.appaloft.core.deployments;

import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.CpuUsage;
import dev.appaloft.api.runtime.capacity.DiskUsage;
import dev.appaloft.api.runtime.capacity.EngineUsage;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.InodeUsage;
import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import dev.appaloft.api.runtime.capacity.MemoryUsage;
import dev.appaloft.api.runtime.capacity.Removal;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A machine's capacity for the engine's unit tests: containers and images the test puts there,
 * removals recorded (and refused as Docker would: a running container, an image a container
 * uses). The real ones are tested in DockerCapacityIT and SshCapacityIT.
 */
public final class FakeCapacity implements ServerCapacity {

    public final List<ManagedContainer> containers = new CopyOnWriteArrayList<>();
    public final List<ManagedImage> images = new CopyOnWriteArrayList<>();
    public final List<String> removed = new CopyOnWriteArrayList<>();
    /** What containerStats answers; null: the runtime does not report container usage. */
    public volatile List<dev.appaloft.api.runtime.capacity.ContainerStats> stats;
    public volatile HostCapacity host = new HostCapacity(
            List.of(new DiskUsage("/", "/", 100_000, 90_000, 10_000, 90)),
            List.of(new InodeUsage("/", "/", 10, 990, 1)),
            new MemoryUsage(8_000_000_000L, 6_000_000_000L), new CpuUsage(4, 0.5, 0.25, 0.1),
            new EngineUsage("20.10.24", "/var/lib/docker", 5_000, 1_000, 300, 100, 70, 0, 3, 2, 0), List.of(), true);

    public static ManagedContainer container(String id, String deploymentId, String resourceId, boolean running,
                                             Instant finishedAt, String... volumes) {
        Map<String, String> labels = new java.util.HashMap<>();
        if (deploymentId != null) {
            labels.put("appaloft.deployment", deploymentId);
        }
        if (resourceId != null) {
            labels.put("appaloft.resource", resourceId);
        }
        return new ManagedContainer(id, "name-" + id, labels, running, running ? "running" : "exited",
                running ? "Up 2 hours" : "Exited (0) 1 hour ago", "img", finishedAt == null ? Instant.EPOCH
                : finishedAt.minusSeconds(60), running ? null : finishedAt, 1_000L, List.of(volumes));
    }

    public static ManagedImage image(String id, String deploymentId, Instant createdAt) {
        return new ManagedImage(id, Map.of("appaloft.deployment", deploymentId), createdAt, 2_000);
    }

    public FakeCapacity withProblem(CapacityProblem problem) {
        List<CapacityProblem> problems = new ArrayList<>(host.problems());
        problems.add(problem);
        host = new HostCapacity(host.disks(), host.inodes(), host.memory(), host.cpu(), host.engine(), problems,
                host.controlPlaneHost());
        return this;
    }

    @Override
    public java.util.Optional<List<dev.appaloft.api.runtime.capacity.ContainerStats>> containerStats(String labelKey,
            java.util.function.Predicate<Map<String, String>> wanted) {
        return stats == null ? java.util.Optional.empty() : java.util.Optional.of(stats.stream()
                .filter(s -> s.labels().containsKey(labelKey) && wanted.test(s.labels())).toList());
    }

    /** A running container's reading: CPU percent and memory, labelled with its deployment and resource. */
    public static dev.appaloft.api.runtime.capacity.ContainerStats stats(String id, String deploymentId,
                                                                         String resourceId, double cpu, long memory) {
        return new dev.appaloft.api.runtime.capacity.ContainerStats(id, Map.of("appaloft.deployment", deploymentId,
                "appaloft.resource", resourceId), cpu, memory, 1_000_000_000L, 1_000L, 2_000L, 0L, 0L);
    }

    @Override
    public HostCapacity inspect() {
        return host;
    }

    @Override
    public List<ManagedContainer> containers(String labelKey) {
        return containers.stream().filter(c -> c.labels().containsKey(labelKey)).toList();
    }

    @Override
    public List<ManagedImage> danglingImages(String labelKey) {
        return images.stream().filter(i -> i.labels().containsKey(labelKey)).toList();
    }

    @Override
    public Removal removeStoppedContainer(String containerId) {
        ManagedContainer found = containers.stream().filter(c -> c.id().equals(containerId)).findFirst().orElse(null);
        if (found == null) {
            return Removal.alreadyGone();
        }
        if (found.running()) {
            return Removal.refused("You cannot remove a running container");
        }
        containers.remove(found);
        removed.add(containerId);
        return Removal.removed();
    }

    @Override
    public Removal removeUnusedImage(String imageId) {
        ManagedImage found = images.stream().filter(i -> i.id().equals(imageId)).findFirst().orElse(null);
        if (found == null) {
            return Removal.alreadyGone();
        }
        images.remove(found);
        removed.add(imageId);
        return Removal.removed();
    }
}
