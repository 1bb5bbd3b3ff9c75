package dev.appaloft.api.operatorwork;

import java.util.List;
import java.util.Map;

public record OperatorWorkPruned(long prunedCount, long matchedCount, boolean dryRun, String before,
                                 List<String> statuses, Map<String, Long> countsByStatus, String prunedAt) {
}
