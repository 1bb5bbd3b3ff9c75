package dev.appaloft.api.store.work;

import java.util.EnumMap;
import java.util.Map;

/** What a prune matched (and, unless {@code dryRun}, deleted), in all and per status. */
public record PruneResult(long matched, Map<WorkStatus, Long> byStatus, boolean dryRun) {

    public PruneResult {
        EnumMap<WorkStatus, Long> copy = new EnumMap<>(WorkStatus.class);
        byStatus.forEach((status, count) -> {
            if (count > 0) {
                copy.put(status, count);
            }
        });
        byStatus = java.util.Collections.unmodifiableMap(copy);
        if (matched != copy.values().stream().mapToLong(Long::longValue).sum()) {
            throw new IllegalArgumentException("matched must be the sum of the per-status counts");
        }
    }

    public static PruneResult of(Map<WorkStatus, Long> byStatus, boolean dryRun) {
        return new PruneResult(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, dryRun);
    }
}
