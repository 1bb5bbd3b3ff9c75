package dev.appaloft.runtime.docker.swarm;

import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.ContainerStats;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import dev.appaloft.api.runtime.capacity.Removal;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The manager host's capacity (the engine's reading), with the swarm's state added as a problem when it cannot deploy. */
final class SwarmCapacity implements ServerCapacity {

    private final ServerCapacity host;
    private SwarmDeploymentRuntime runtime;

    SwarmCapacity(ServerCapacity host) {
        this.host = host;
    }

    SwarmCapacity reportingSwarmOf(SwarmDeploymentRuntime runtime) {
        this.runtime = runtime;
        return this;
    }

    @Override
    public HostCapacity inspect() {
        HostCapacity reading = host.inspect();
        List<CapacityProblem> problems = new ArrayList<>(reading.problems());
        try {
            SwarmCluster.Report swarm = runtime.cluster();
            if (!swarm.usable() || swarm.readyNodes() == 0) {
                problems.add(new CapacityProblem(CapacityProblem.Kind.PARTIAL_DIAGNOSTIC, CapacityProblem.Area.DOCKER,
                        swarm.summary()));
            }
        } catch (RuntimeException e) {
            problems.add(new CapacityProblem(CapacityProblem.Kind.DOCKER_UNAVAILABLE, CapacityProblem.Area.DOCKER,
                    "the swarm could not be read"));
        }
        return new HostCapacity(reading.disks(), reading.inodes(), reading.memory(), reading.cpu(), reading.engine(),
                problems, reading.controlPlaneHost());
    }

    @Override
    public List<ManagedContainer> containers(String labelKey) {
        return host.containers(labelKey);
    }

    @Override
    public List<ManagedImage> danglingImages(String labelKey) {
        return host.danglingImages(labelKey);
    }

    @Override
    public Removal removeStoppedContainer(String containerId) {
        return host.removeStoppedContainer(containerId);
    }

    @Override
    public Removal removeUnusedImage(String imageId) {
        return host.removeUnusedImage(imageId);
    }

    @Override
    public Optional<List<ContainerStats>> containerStats(String labelKey, Predicate<Map<String, String>> wanted) {
        return host.containerStats(labelKey, wanted);
    }
}
