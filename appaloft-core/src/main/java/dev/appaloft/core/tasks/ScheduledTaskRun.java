package dev.appaloft.core.tasks;

import java.time.Instant;

/**
 * One run of a task as stored. {@code scheduledFor} is the due time of a scheduled run (null for a
 * manual one): a task has at most one run per due time (a unique key on the document).
 * {@code attempts} counts the command's attempts (1 + retries); {@code idempotencyKey} is a runNow's.
 */
record ScheduledTaskRun(String id, String organizationId, String taskId, String resourceId, String triggerKind,
                        String status, Instant createdAt, Instant startedAt, Instant finishedAt, Integer exitCode,
                        String failureSummary, String skippedReason, Instant scheduledFor, int attempts,
                        String idempotencyKey) {

    static final String MANUAL = "manual";
    static final String SCHEDULED = "scheduled";
    static final String CONCURRENCY_FORBIDDEN = "concurrency-forbidden";
    static final String RESOURCE_ARCHIVED = "resource-archived";
    static final String TASK_DISABLED = "task-disabled";

    static ScheduledTaskRun accepted(String id, ScheduledTask task, String triggerKind, Instant scheduledFor,
                                     String idempotencyKey, Instant at) {
        return new ScheduledTaskRun(id, task.organizationId(), task.id(), task.resourceId(), triggerKind,
                RunStatus.ACCEPTED.wire(), at, null, null, null, null, null, scheduledFor, 0, idempotencyKey);
    }

    RunStatus state() {
        return RunStatus.of(status);
    }

    private ScheduledTaskRun moved(RunStatus next) {
        if (!state().canBecome(next)) {
            throw new IllegalStateException("run " + id + " cannot go from " + status + " to " + next.wire());
        }
        return this;
    }

    ScheduledTaskRun started(Instant at) {
        moved(RunStatus.RUNNING);
        return new ScheduledTaskRun(id, organizationId, taskId, resourceId, triggerKind, RunStatus.RUNNING.wire(),
                createdAt, at, null, null, null, null, scheduledFor, attempts, idempotencyKey);
    }

    ScheduledTaskRun skipped(String reason, Instant at) {
        moved(RunStatus.SKIPPED);
        return new ScheduledTaskRun(id, organizationId, taskId, resourceId, triggerKind, RunStatus.SKIPPED.wire(),
                createdAt, null, at, null, null, reason, scheduledFor, attempts, idempotencyKey);
    }

    ScheduledTaskRun finished(boolean succeeded, Integer exitCode, String failureSummary, int attempts, Instant at) {
        RunStatus next = succeeded ? RunStatus.SUCCEEDED : RunStatus.FAILED;
        moved(next);
        return new ScheduledTaskRun(id, organizationId, taskId, resourceId, triggerKind, next.wire(), createdAt,
                startedAt, at, exitCode, succeeded ? null : failureSummary, null, scheduledFor, attempts, idempotencyKey);
    }
}
