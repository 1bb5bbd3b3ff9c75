package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.common.ResponseHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code servers.capacity.inspect} read: disk and inodes per file system, Docker's usage,
 * memory, CPU, where Appaloft keeps things, the containers and build workspaces of this server's
 * deployments, what a prune could safely reclaim, and warnings ({@code partial} when a part could
 * not be read). The Docker engine's version and object counts have no place in the spec's body:
 * the facade has them in {@link #engine()}, HTTP in the {@value #DOCKER_VERSION_HEADER} and
 * {@value #DOCKER_OBJECTS_HEADER} headers.
 */
public record ServerCapacityReport(String schemaVersion, CapacityTarget server, String inspectedAt, List<Disk> disk,
                                   List<Inodes> inodes, Docker docker, Memory memory, Cpu cpu,
                                   AppaloftRuntime appaloftRuntime, List<AppaloftContainer> appaloftContainers,
                                   List<AppaloftWorkspace> appaloftWorkspaces,
                                   SafeReclaimableEstimate safeReclaimableEstimate, List<CapacityWarning> warnings,
                                   boolean partial, @JsonIgnore Engine engine) implements ResponseHeaders {

    public static final String SCHEMA_VERSION = "servers.capacity.inspect/v1";
    public static final String DOCKER_VERSION_HEADER = "Appaloft-Docker-Version";
    public static final String DOCKER_OBJECTS_HEADER = "Appaloft-Docker-Objects";

    @Override
    public Map<String, String> responseHeaders() {
        if (engine == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DOCKER_VERSION_HEADER, engine.version());
        headers.put(DOCKER_OBJECTS_HEADER, "images=" + engine.images() + "; containers=" + engine.containers()
                + "; volumes=" + engine.volumes());
        return headers;
    }

    /** The Docker engine: its version and how many images, containers and volumes it holds. */
    public record Engine(String version, int images, int containers, int volumes) {
    }

    /** Space of one file system, in bytes. */
    public record Disk(String path, String mount, long size, long used, long available, double usePercent) {
    }

    public record Inodes(String path, String mount, long used, long free, double usePercent) {
    }

    /** Bytes Docker's images, build cache, containers and volumes take; reclaimable is what nothing uses. */
    public record Docker(long imagesSize, long reclaimableImagesSize, long buildCacheSize, long reclaimableBuildCacheSize,
                         long containersSize, long volumesSize) {
    }

    /** Memory in bytes (null when unreadable). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Memory(Long total, Long available, Long used, Double usePercent) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cpu(Integer logicalCores, Double loadAverage1m, Double loadAverage5m, Double loadAverage15m) {
    }

    /**
     * Where Appaloft keeps things for this server: the container engine's data root, the control
     * plane's state and the build workspaces of its deployments (on the control plane's host).
     */
    public record AppaloftRuntime(Location runtimeRoot, Location stateRoot, Location sourceWorkspace) {
    }

    /** A place and its size in bytes; {@code detectable} false when it could not be found or measured. */
    public record Location(String path, @JsonInclude(JsonInclude.Include.ALWAYS) Long size, boolean detectable) {
    }

    /** A container of one of this server's deployments, with what its labels and its deployment say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppaloftContainer(String id, String name, boolean running, String status,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) Long writableBytes, String deploymentId,
                                    String projectId, String environmentId, String resourceId, String serverId,
                                    String destinationId, String artifactKind) {
    }

    /**
     * A deployment's build workspace: {@code activeMarker} while the deployment runs (or its
     * instance is the resource's current one), {@code rollbackCandidateMarker} while a rollback may
     * go back to it.
     */
    public record AppaloftWorkspace(String deploymentId, String path, @JsonInclude(JsonInclude.Include.ALWAYS) Long bytes,
                                    boolean activeMarker, boolean rollbackCandidateMarker) {
    }

    /**
     * What a prune could remove now with its guards, by kind, in bytes: stopped containers of
     * ended deployments, dangling Appaloft images, build workspaces of ended deployments. Build
     * cache is never counted: it is shared with whatever else builds on the host.
     */
    public record SafeReclaimableEstimate(long stoppedContainersSize, long danglingImagesSize, long oldBuildCacheSize,
                                          long oldPreviewWorkspaceCandidatesSize, long total) {
    }
}
