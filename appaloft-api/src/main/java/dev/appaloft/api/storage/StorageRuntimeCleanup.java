package dev.appaloft.api.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.servers.capacity.CapacityTarget;
import java.util.List;

/**
 * What {@code storageVolumes.cleanupRuntime} found on the server and did: every realization of the
 * volume there, as {@code matched} (a dry run would remove it), {@code cleaned}, {@code skipped}
 * (the server refused the removal) or {@code blocked} (with the reason it is kept).
 */
public record StorageRuntimeCleanup(String schemaVersion, Volume storageVolume, CapacityTarget server, String before,
                                    boolean dryRun, String cleanedAt, Summary summary, List<Candidate> candidates,
                                    List<Warning> warnings) {

    public static final String SCHEMA_VERSION = "storage-volumes.cleanup-runtime/v1";
    public static final String MATCHED = "matched";
    public static final String CLEANED = "cleaned";
    public static final String SKIPPED = "skipped";
    public static final String BLOCKED = "blocked";

    public StorageRuntimeCleanup {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    public record Volume(String id, String name, StorageVolumeKind kind) {
    }

    public record Summary(long inspectedCount, long matchedCount, long cleanedCount, long skippedCount,
                          long blockedCount) {
    }

    /** {@code target}: the Docker volume's name, or the host folder of a bind mount. */
    public record Candidate(String id, StorageVolumeKind kind, String target,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String updatedAt, String action,
                            String blockedReason) {
    }

    public record Warning(String code, String message, String target) {
    }
}
