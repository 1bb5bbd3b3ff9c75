package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What {@code servers.capacity.prune} looked at and did. Each candidate is {@code matched} (a dry
 * run would remove it), {@code pruned}, {@code skipped} (a guard kept it, said by
 * {@code skippedReason}) or {@code excluded} (never in scope). At most {@code outputLimit}
 * candidates are listed; the counts cover them all.
 */
public record ServerCapacityPruned(String schemaVersion, CapacityTarget server, String before,
                                   List<PruneCategory> categories, boolean dryRun, String prunedAt, Summary summary,
                                   List<Candidate> candidates, List<CapacityWarning> warnings) {

    public static final String SCHEMA_VERSION = "servers.capacity.prune/v1";

    public static final String MATCHED = "matched";
    public static final String PRUNED = "pruned";
    public static final String SKIPPED = "skipped";
    public static final String EXCLUDED = "excluded";

    public record Summary(long inspectedCount, long matchedCount, long prunedCount, long skippedCount,
                          long excludedCount, long reclaimedBytes, long reportedCandidateCount,
                          long omittedCandidateCount, long outputLimit) {
    }

    /**
     * One thing a prune considered: its id, what it is ({@code target}), when it last changed and
     * its size (null when unknown), and what happened to it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(String id, PruneCategory category, String target,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String updatedAt,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Long size, String action, String skippedReason) {
    }

    /** Why a candidate was kept. */
    public static final class Reasons {
        public static final String ACTIVE_RUNTIME = "active-runtime";
        public static final String ROLLBACK_CANDIDATE = "rollback-candidate";
        public static final String CUTOFF_NOT_REACHED = "cutoff-not-reached";
        public static final String OWNERSHIP_UNPROVEN = "ownership-unproven";
        public static final String UNSUPPORTED_CATEGORY = "unsupported-category";
        public static final String VOLUME_EXCLUDED = "volume-excluded";
        public static final String STATE_ROOT_EXCLUDED = "state-root-excluded";
        public static final String REMOTE_STATE_EXCLUDED = "remote-state-excluded";
        public static final String SAFETY_EVIDENCE_MISSING = "safety-evidence-missing";

        private Reasons() {
        }
    }
}
