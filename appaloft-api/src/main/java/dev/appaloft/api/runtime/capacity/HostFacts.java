package dev.appaloft.api.runtime.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns the output of {@link HostFactsScript} into a {@link HostCapacity}: what could be read is
 * reported, every part that could not is a {@link CapacityProblem} naming it.
 */
public final class HostFacts {

    private HostFacts() {
    }

    /**
     * @param output what the script printed (possibly cut short)
     * @param engine the engine's usage when read another way (a local Docker API), else null to read
     *     it from the script's docker sections
     * @param controlPlaneHost whether the script ran on the control plane's own host
     */
    public static HostCapacity read(String output, EngineUsage engine, boolean controlPlaneHost) {
        Map<String, String> s = CapacityParsers.sections(output);
        List<CapacityProblem> problems = new ArrayList<>();
        if (!s.containsKey("end")) {
            problems.add(new CapacityProblem(CapacityProblem.Kind.TIMEOUT, CapacityProblem.Area.DISK,
                    "the capacity reading ended early; what it printed so far is reported"));
        }
        List<DiskUsage> disks = CapacityParsers.disks(s.get("df"));
        if (disks.isEmpty()) {
            problems.add(partial(CapacityProblem.Area.DISK, "disk usage could not be read (df -P -k)"));
        }
        List<InodeUsage> inodes = CapacityParsers.inodes(s.get("df-inodes"));
        if (inodes.isEmpty()) {
            problems.add(partial(CapacityProblem.Area.INODE, "inode usage could not be read (df -P -i)"));
        }
        MemoryUsage memory = CapacityParsers.memory(s.get("meminfo"));
        if (memory.totalBytes() == null) {
            problems.add(partial(CapacityProblem.Area.MEMORY, "memory could not be read (/proc/meminfo)"));
        }
        CpuUsage cpu = CapacityParsers.cpu(s.get("nproc"), s.get("loadavg"));
        if (cpu.logicalCores() == null || cpu.loadAverage1m() == null) {
            problems.add(partial(CapacityProblem.Area.CPU, "CPU cores or load could not be read (nproc, /proc/loadavg)"));
        }
        EngineUsage usage = engine != null ? engine : docker(s, problems);
        return new HostCapacity(disks, inodes, memory, cpu, usage, problems, controlPlaneHost);
    }

    private static EngineUsage docker(Map<String, String> s, List<CapacityProblem> problems) {
        if (!s.containsKey("docker-version")) {
            return null;
        }
        String versionSection = s.get("docker-version");
        OptionalLong status = CapacityParsers.status(versionSection);
        List<String> version = CapacityParsers.content(versionSection);
        if (status.isEmpty() || status.getAsLong() != 0 || version.isEmpty()) {
            boolean missing = status.isPresent() && status.getAsLong() == 127;
            problems.add(new CapacityProblem(CapacityProblem.Kind.DOCKER_UNAVAILABLE, CapacityProblem.Area.DOCKER,
                    missing ? "docker is not installed on the server (or not on the PATH of the SSH user)"
                            : "the Docker engine does not answer on the server"));
            return null;
        }
        List<String> root = CapacityParsers.content(s.get("docker-root"));
        String dfSection = s.get("docker-df");
        OptionalLong dfStatus = CapacityParsers.status(dfSection);
        if (dfStatus.isEmpty() || dfStatus.getAsLong() != 0) {
            problems.add(partial(CapacityProblem.Area.DOCKER, "docker system df did not answer; Docker sizes are"
                    + " reported as 0"));
        }
        CapacityParsers.SystemDf df = CapacityParsers.systemDf(dfSection);
        return new EngineUsage(version.get(0).strip(), root.isEmpty() ? null : root.get(0).strip(), df.imagesBytes(),
                df.reclaimableImagesBytes(), df.buildCacheBytes(), df.reclaimableBuildCacheBytes(), df.containersBytes(),
                df.volumesBytes(), df.imageCount(), df.containerCount(), df.volumeCount());
    }

    private static CapacityProblem partial(CapacityProblem.Area area, String message) {
        return new CapacityProblem(CapacityProblem.Kind.PARTIAL_DIAGNOSTIC, area, message);
    }
}
