package dev.appaloft.api.operatorwork;

import java.util.List;

/**
 * {@code operatorWork.prune}: finished items that ended before {@code before}, of these statuses
 * (default: all four finished ones). Unfinished items are never pruned.
 */
public record PruneOperatorWorkInput(String before, List<String> statuses, Boolean dryRun) {
}
