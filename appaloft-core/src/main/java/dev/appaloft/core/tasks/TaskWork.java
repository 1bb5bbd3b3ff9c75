package dev.appaloft.core.tasks;

import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.internal.Json;
import java.time.Instant;

/**
 * The payload of one work item of kind {@value #KIND}: a manual run's id, or a scheduled due
 * time of a task as it was configured ({@code taskUpdatedAt}); a task configured since then does
 * not run the old due time (the scheduler enqueues the new schedule's).
 */
record TaskWork(String runId, String taskId, Long taskUpdatedAt, Long dueAt) {

    static final String KIND = "scheduled-task-run";

    static WorkRequest manual(ScheduledTaskRun run) {
        return WorkRequest.of(KIND, Json.write(new TaskWork(run.id(), run.taskId(), null, null)))
                .withIdempotencyKey(KIND + ":" + run.id())
                .withOrganizationId(run.organizationId())
                .withReference("taskId", run.taskId())
                .withReference("resourceId", run.resourceId())
                .withReference("runId", run.id());
    }

    static WorkRequest scheduled(ScheduledTask task, Instant dueAt) {
        long version = task.updatedAt().toEpochMilli();
        return WorkRequest.of(KIND, Json.write(new TaskWork(null, task.id(), version, dueAt.toEpochMilli())))
                .withIdempotencyKey(KIND + ":" + task.id() + ":" + version + ":" + dueAt.toEpochMilli())
                .withOrganizationId(task.organizationId())
                .withReference("taskId", task.id())
                .withReference("resourceId", task.resourceId())
                .withNotBefore(dueAt);
    }
}
