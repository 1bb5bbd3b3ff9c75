package dev.appaloft.core.tasks;

import java.time.Instant;

/**
 * A scheduled task as stored. {@code runningRunId} is the run that holds the task now: a run
 * starts only by setting it on the task's document (an optimistic write), so two workers, in one
 * process or two, can never both start a run of a {@code forbid} task. {@code deletedAt} set: the
 * task is gone for every read (its runs stay).
 */
record ScheduledTask(String id, String organizationId, String projectId, String environmentId, String resourceId,
                     String schedule, String timezone, String commandIntent, int timeoutSeconds, int retryLimit,
                     String concurrencyPolicy, String status, String idempotencyKey, String runningRunId,
                     Instant createdAt, Instant updatedAt, Instant deletedAt) {

    static final String ENABLED = "enabled";
    static final String DISABLED = "disabled";
    static final String DELETED = "deleted";
    static final String FORBID = "forbid";

    boolean enabled() {
        return ENABLED.equals(status) && deletedAt == null;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    ScheduledTask configured(String schedule, String timezone, String commandIntent, int timeoutSeconds,
                             int retryLimit, String concurrencyPolicy, String status, Instant at) {
        return new ScheduledTask(id, organizationId, projectId, environmentId, resourceId, schedule, timezone,
                commandIntent, timeoutSeconds, retryLimit, concurrencyPolicy, status, idempotencyKey, runningRunId,
                createdAt, at, null);
    }

    ScheduledTask holding(String runId) {
        return new ScheduledTask(id, organizationId, projectId, environmentId, resourceId, schedule, timezone,
                commandIntent, timeoutSeconds, retryLimit, concurrencyPolicy, status, idempotencyKey, runId, createdAt,
                updatedAt, deletedAt);
    }

    ScheduledTask deletedAt(Instant at) {
        return new ScheduledTask(id, organizationId, projectId, environmentId, resourceId, schedule, timezone,
                commandIntent, timeoutSeconds, retryLimit, concurrencyPolicy, DELETED, idempotencyKey, runningRunId,
                createdAt, at, at);
    }
}
