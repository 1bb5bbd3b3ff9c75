package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.ContainerStats;
import dev.appaloft.api.runtime.capacity.DiskUsage;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.InodeUsage;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.servers.Server;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One reading of one server through its runtime's {@link ServerCapacity}: the host (load, memory,
 * the root disk and its inodes, the container engine) and every running container of one of this
 * server's deployments in this organization (a container of another organization sharing the host
 * is not read as ours). The runtime is asked first, the store read after.
 */
final class Collector {

    /** What one server answered; {@code error} is set (and nothing else) when it could not be read at all. */
    record Reading(Server server, Instant observedAt, SampleRecord host, List<SampleRecord> containers,
                   List<String> problems, boolean containerStats, String error) {

        boolean unsupported() {
            return host == null && error == null;
        }
    }

    private Collector() {
    }

    static Reading read(CoreContext ctx, DeploymentRuntimes runtimes, Server server) {
        return read(ctx, runtimes, server, ctx.now());
    }

    /** A reading stamped {@code at}: the sampler's pass time, so every sample of one pass shares it. */
    static Reading read(CoreContext ctx, DeploymentRuntimes runtimes, Server server, Instant at) {
        Optional<ServerCapacity> capacity = runtimes.capacity(server.providerKey(), server.id());
        if (capacity.isEmpty()) {
            return new Reading(server, at, null, List.of(), List.of("the runtime of provider " + server.providerKey()
                    + " cannot be read by this control plane"), false, null);
        }
        HostCapacity host;
        Optional<List<ContainerStats>> stats;
        try {
            host = capacity.get().inspect();
            // only this organization's deployments on this server are measured: a shared host's
            // other containers cost the engine a reading each and would be dropped anyway
            stats = capacity.get().containerStats(RuntimeGuards.DEPLOYMENT_LABEL, labels -> ours(ctx, server,
                    labels.get(RuntimeGuards.DEPLOYMENT_LABEL)));
        } catch (RuntimeException e) {
            return new Reading(server, at, null, List.of(), List.of(), false, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        }
        Instant collected = ctx.now();
        List<String> problems = new ArrayList<>(host.problems().stream().map(CapacityProblem::message).toList());
        if (stats.isEmpty()) {
            problems.add("this runtime does not report container usage; only host figures are sampled");
        }
        List<SampleRecord> containers = ctx.read(r -> {
            RuntimeGuards guards = RuntimeGuards.of(r, server.organizationId(), server.id());
            List<SampleRecord> out = new ArrayList<>();
            for (ContainerStats s : stats.orElse(List.of())) {
                Deployment d = guards.of(s.labels().get(RuntimeGuards.DEPLOYMENT_LABEL)).deployment();
                if (d != null) {
                    out.add(container(server, d, s, at, collected));
                }
            }
            return out;
        });
        SampleRecord hostSample = new SampleRecord(Ids.next("rms"), server.organizationId(), SampleRecord.HOST,
                SampleRecord.RAW, server.id(), null, null, null, null, null, server.providerKey(), at, collected, 1,
                hostTotals(host, containers, stats.isPresent()), !problems.isEmpty(), problems);
        return new Reading(server, at, hostSample, containers, problems, stats.isPresent(), null);
    }

    private static boolean ours(CoreContext ctx, Server server, String deploymentId) {
        return deploymentId != null && ctx.read(r -> dev.appaloft.core.deployments.DeploymentRepository.find(r,
                server.organizationId(), deploymentId)).map(d -> server.id().equals(d.value().serverId())).orElse(false);
    }

    private static SampleRecord container(Server server, Deployment d, ContainerStats s, Instant at, Instant collected) {
        UsageTotals totals = new UsageTotals(
                new UsageTotals.Cpu(null, null, null, null, s.cpuPercent()),
                new UsageTotals.Memory(s.memoryLimitBytes(), null, null, s.memoryUsedBytes()),
                null, null, null,
                s.rxBytes() == null && s.txBytes() == null ? null : new UsageTotals.Network(s.rxBytes(), s.txBytes()));
        List<String> problems = s.cpuPercent() == null ? List.of("the engine gave no CPU reading for the container")
                : List.of();
        return new SampleRecord(Ids.next("rms"), server.organizationId(), SampleRecord.CONTAINER, SampleRecord.RAW,
                server.id(), d.projectId(), d.environmentId(), d.resourceId(), d.id(), s.containerId(),
                server.providerKey(), at, collected, 1, totals, !problems.isEmpty(), problems);
    }

    private static UsageTotals hostTotals(HostCapacity host, List<SampleRecord> containers, boolean withContainers) {
        Double cpuSum = withContainers ? containers.stream().map(c -> c.totals().cpu().containerCpuPercent())
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum() : null;
        Long memSum = withContainers ? containers.stream().map(c -> c.totals().memory().containerUsedBytes())
                .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum() : null;
        Long rx = withContainers ? containers.stream().filter(c -> c.totals().network() != null)
                .map(c -> c.totals().network().rxBytes()).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                .sum() : null;
        Long tx = withContainers ? containers.stream().filter(c -> c.totals().network() != null)
                .map(c -> c.totals().network().txBytes()).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                .sum() : null;
        UsageTotals.Cpu cpu = new UsageTotals.Cpu(host.cpu().logicalCores() == null ? null
                : host.cpu().logicalCores().doubleValue(), host.cpu().loadAverage1m(), host.cpu().loadAverage5m(),
                host.cpu().loadAverage15m(), cpuSum);
        UsageTotals.Memory memory = new UsageTotals.Memory(host.memory().totalBytes(), host.memory().usedBytes(),
                host.memory().availableBytes(), memSum);
        DiskUsage root = host.disks().stream().filter(d -> "/".equals(d.mount())).findFirst()
                .orElse(host.disks().isEmpty() ? null : host.disks().get(0));
        UsageTotals.Disk disk = root == null ? null
                : new UsageTotals.Disk(root.sizeBytes(), root.usedBytes(), root.availableBytes(), null);
        InodeUsage inodeRoot = host.inodes().stream().filter(i -> "/".equals(i.mount())).findFirst()
                .orElse(host.inodes().isEmpty() ? null : host.inodes().get(0));
        UsageTotals.Inode inode = inodeRoot == null ? null
                : new UsageTotals.Inode(inodeRoot.used() + inodeRoot.free(), inodeRoot.used(), inodeRoot.free());
        UsageTotals.Docker docker = host.engine() == null ? null : new UsageTotals.Docker(host.engine().imagesBytes(),
                host.engine().buildCacheBytes(), host.engine().containersBytes());
        UsageTotals.Network network = rx == null ? null : new UsageTotals.Network(rx, tx);
        return new UsageTotals(cpu, memory, disk, inode, docker, network);
    }
}
