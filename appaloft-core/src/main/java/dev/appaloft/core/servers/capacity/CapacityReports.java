package dev.appaloft.core.servers.capacity;

import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.runtime.capacity.DiskUsage;
import dev.appaloft.api.runtime.capacity.EngineUsage;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.InodeUsage;
import dev.appaloft.api.servers.TargetKind;
import dev.appaloft.api.servers.capacity.CapacityTarget;
import dev.appaloft.api.servers.capacity.CapacityWarning;
import dev.appaloft.api.servers.capacity.ServerCapacityReport;
import dev.appaloft.api.servers.capacity.ServerCapacityReport.AppaloftContainer;
import dev.appaloft.api.servers.capacity.ServerCapacityReport.AppaloftWorkspace;
import dev.appaloft.api.servers.capacity.ServerCapacityReport.Location;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.servers.Server;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the answer of {@code servers.capacity.inspect} from a reading and an inventory. */
final class CapacityReports {

    /** A file system this full (percent) is worth a warning; at 100 (or nothing available) it is full. */
    static final double HIGH_USAGE = 85;

    private CapacityReports() {
    }

    static CapacityTarget target(Server server) {
        return new CapacityTarget(server.id(), server.name(), server.host(), server.port(), server.providerKey(),
                server.targetKind() == TargetKind.ORCHESTRATOR_CLUSTER ? "orchestrator-cluster" : "single-server");
    }

    /**
     * @param host the reading, or null when the provider has no capacity here
     * @param state the control plane's state directory when the server is the control plane's host
     * @param workspaceRoot the work directory of build workspaces, when it exists
     */
    static ServerCapacityReport report(Server server, String inspectedAt, HostCapacity host, CapacityInventory inventory,
                                       Location state, Path workspaceRoot) {
        List<CapacityWarning> warnings = new ArrayList<>();
        List<ServerCapacityReport.Disk> disks = new ArrayList<>();
        List<ServerCapacityReport.Inodes> inodes = new ArrayList<>();
        EngineUsage engine = host == null ? null : host.engine();
        if (host == null) {
            warnings.add(CapacityWarning.of(CapacityWarning.UNSUPPORTED_PROVIDER, null, "servers of provider "
                    + server.providerKey() + " have no capacity reading on this control plane; only the build"
                    + " workspaces of their deployments are reported"));
        } else {
            for (DiskUsage d : host.disks()) {
                disks.add(new ServerCapacityReport.Disk(d.path(), d.mount(), d.sizeBytes(), d.usedBytes(),
                        d.availableBytes(), d.usePercent()));
                diskWarning(warnings, d);
            }
            for (InodeUsage i : host.inodes()) {
                inodes.add(new ServerCapacityReport.Inodes(i.path(), i.mount(), i.used(), i.free(), i.usePercent()));
                if (i.usePercent() >= HIGH_USAGE) {
                    warnings.add(new CapacityWarning(CapacityWarning.HIGH_INODE_USAGE, "inodes of " + i.mount() + " are "
                            + percent(i.usePercent()) + " used", i.path(), i.mount(), "inode"));
                }
            }
            host.problems().forEach(p -> warnings.add(warning(p)));
        }
        ServerCapacityReport.Docker docker = engine == null ? new ServerCapacityReport.Docker(0, 0, 0, 0, 0, 0)
                : new ServerCapacityReport.Docker(engine.imagesBytes(), engine.reclaimableImagesBytes(),
                        engine.buildCacheBytes(), engine.reclaimableBuildCacheBytes(), engine.containersBytes(),
                        engine.volumesBytes());
        ServerCapacityReport.Memory memory = host == null ? new ServerCapacityReport.Memory(null, null, null, null)
                : new ServerCapacityReport.Memory(host.memory().totalBytes(), host.memory().availableBytes(),
                        host.memory().usedBytes(), host.memory().usePercent());
        ServerCapacityReport.Cpu cpu = host == null ? new ServerCapacityReport.Cpu(null, null, null, null)
                : new ServerCapacityReport.Cpu(host.cpu().logicalCores(), host.cpu().loadAverage1m(),
                        host.cpu().loadAverage5m(), host.cpu().loadAverage15m());
        List<AppaloftWorkspace> workspaces = inventory.workspaces().stream().map(w -> new AppaloftWorkspace(
                w.workspace().deploymentId(), w.workspace().path().toString(), w.workspace().bytes(),
                w.guard().verdict() == RuntimeGuards.Verdict.ACTIVE,
                w.guard().verdict() == RuntimeGuards.Verdict.ROLLBACK_CANDIDATE)).toList();
        Long workspaceBytes = workspaces.stream().anyMatch(w -> w.bytes() == null) ? null
                : workspaces.stream().mapToLong(AppaloftWorkspace::bytes).sum();
        Location runtimeRoot = engine == null || engine.rootDirectory() == null ? new Location("", null, false)
                : new Location(engine.rootDirectory(), engine.imagesBytes() + engine.containersBytes()
                        + engine.volumesBytes() + engine.buildCacheBytes(), true);
        Location sourceWorkspace = workspaceRoot == null ? new Location("", null, false)
                : new Location(workspaceRoot.toString(), workspaceBytes, true);
        ServerCapacityReport.AppaloftRuntime runtime = new ServerCapacityReport.AppaloftRuntime(runtimeRoot, state,
                sourceWorkspace);
        List<AppaloftContainer> containers = inventory.containers().stream().map(CapacityReports::container).toList();
        ServerCapacityReport.SafeReclaimableEstimate estimate = estimate(inventory);
        ServerCapacityReport.Engine engineFacts = engine == null ? null
                : new ServerCapacityReport.Engine(engine.version(), engine.imageCount(), engine.containerCount(),
                        engine.volumeCount());
        boolean partial = host == null || !host.problems().isEmpty();
        return new ServerCapacityReport(ServerCapacityReport.SCHEMA_VERSION, target(server), inspectedAt, disks, inodes,
                docker, memory, cpu, runtime, containers, workspaces, estimate, warnings, partial, engineFacts);
    }

    /** What a prune with no cutoff could remove now: stopped containers and untagged images of ended deployments. */
    private static ServerCapacityReport.SafeReclaimableEstimate estimate(CapacityInventory inventory) {
        long containers = inventory.containers().stream()
                .filter(c -> !c.container().running() && c.guard().verdict() == RuntimeGuards.Verdict.ENDED)
                .mapToLong(c -> c.container().writableBytes() == null ? 0 : c.container().writableBytes()).sum();
        long images = inventory.images().stream().filter(i -> i.guard().verdict() == RuntimeGuards.Verdict.ENDED)
                .mapToLong(i -> i.image().sizeBytes()).sum();
        // the build cache is shared with whatever else builds on the host and there are no previews: never counted
        return new ServerCapacityReport.SafeReclaimableEstimate(containers, images, 0, 0, containers + images);
    }

    private static AppaloftContainer container(CapacityInventory.Container c) {
        Deployment d = c.guard().deployment();
        var labels = c.container().labels();
        String deploymentId = d != null ? d.id() : labels.get(RuntimeGuards.DEPLOYMENT_LABEL);
        return new AppaloftContainer(c.container().id(), c.container().name() == null ? "" : c.container().name(),
                c.container().running(), c.container().status() == null ? String.valueOf(c.container().state())
                        : c.container().status(), c.container().writableBytes(), deploymentId,
                d != null ? d.projectId() : labels.get("appaloft.project"),
                d != null ? d.environmentId() : labels.get("appaloft.environment"),
                d != null ? d.resourceId() : labels.get(RuntimeGuards.RESOURCE_LABEL),
                d != null ? d.serverId() : null, d != null ? d.destinationId() : null, c.guard().artifactKind());
    }

    private static void diskWarning(List<CapacityWarning> warnings, DiskUsage d) {
        if (d.sizeBytes() > 0 && (d.availableBytes() == 0 || d.usePercent() >= 100)) {
            warnings.add(new CapacityWarning(CapacityWarning.FULL_DISK, d.mount() + " is full: free space"
                    + " (servers.capacity.prune) before deploying", d.path(), d.mount(), "disk"));
        } else if (d.usePercent() >= HIGH_USAGE) {
            warnings.add(new CapacityWarning(CapacityWarning.HIGH_DISK_USAGE, d.mount() + " is " + percent(d.usePercent())
                    + " used", d.path(), d.mount(), "disk"));
        }
    }

    static CapacityWarning warning(CapacityProblem p) {
        String code = switch (p.kind()) {
            case DOCKER_UNAVAILABLE -> CapacityWarning.DOCKER_UNAVAILABLE;
            case TIMEOUT -> CapacityWarning.TIMEOUT;
            case PARTIAL_DIAGNOSTIC -> CapacityWarning.PARTIAL_DIAGNOSTIC;
        };
        return CapacityWarning.of(code, p.area().name().toLowerCase(Locale.ROOT), p.message());
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
