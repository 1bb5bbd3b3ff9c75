package dev.appaloft.api.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One run attempt: {@code triggerKind} manual|scheduled, {@code status} accepted → running →
 * succeeded|failed, or accepted → skipped with a {@code skippedReason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTaskRunView(String runId, String taskId, String resourceId, String triggerKind, String status,
                                   String createdAt, String startedAt, String finishedAt, Integer exitCode,
                                   String failureSummary, String skippedReason) {
}
