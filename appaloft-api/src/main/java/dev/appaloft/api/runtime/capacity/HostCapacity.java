package dev.appaloft.api.runtime.capacity;

import java.util.List;
import java.util.Objects;

/**
 * One reading of a server. {@code engine} is null when the container engine did not answer;
 * {@code problems} say what could not be read (the rest is still reported);
 * {@code controlPlaneHost} says the server is the machine the control plane runs on (so its
 * state and work directories are on this disk too).
 */
public record HostCapacity(List<DiskUsage> disks, List<InodeUsage> inodes, MemoryUsage memory, CpuUsage cpu,
                           EngineUsage engine, List<CapacityProblem> problems, boolean controlPlaneHost) {

    public HostCapacity {
        disks = List.copyOf(disks);
        inodes = List.copyOf(inodes);
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(cpu, "cpu");
        problems = List.copyOf(problems);
    }
}
