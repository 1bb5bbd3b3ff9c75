package dev.appaloft.core.tasks;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Where tasks, their runs and the runs' logs are kept. */
final class TaskRepository {

    static final String TASK_ID = "task_id";
    static final String TRIGGER_KIND = "trigger_kind";

    static final Repository<ScheduledTask> TASKS = Repository.of(StoreCollections.SCHEDULED_TASKS, ScheduledTask.class)
            .id(ScheduledTask::id).createdAt(ScheduledTask::createdAt).organization(ScheduledTask::organizationId)
            .index(t -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, t.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, t.environmentId()).with(IndexFields.RESOURCE_ID, t.resourceId())
                    .with(IndexFields.STATUS, t.status()))
            .keys(TaskRepository::taskKeys)
            .hidden(ScheduledTask::deleted, Set.of(ScheduledTask.DELETED))
            .notFound(id -> AppaloftException.notFound("scheduled task", id))
            .build();

    static final Repository<ScheduledTaskRun> RUNS = Repository
            .of(StoreCollections.SCHEDULED_TASK_RUNS, ScheduledTaskRun.class)
            .id(ScheduledTaskRun::id).createdAt(ScheduledTaskRun::createdAt)
            .organization(ScheduledTaskRun::organizationId)
            .index(r -> DocumentIndex.NONE.with(TASK_ID, r.taskId()).with(IndexFields.RESOURCE_ID, r.resourceId())
                    .with(IndexFields.STATUS, r.status()).with(TRIGGER_KIND, r.triggerKind()))
            .keys(TaskRepository::runKeys)
            .notFound(id -> AppaloftException.notFound("scheduled task run", id))
            .build();

    static final Repository<RunLog> LOGS = Repository.of(StoreCollections.SCHEDULED_TASK_RUN_LOGS, RunLog.class)
            .id(RunLog::id).createdAt(l -> l.lines().isEmpty() ? Instant.EPOCH : l.lines().get(0).at())
            .organization(RunLog::organizationId)
            .notFound(id -> AppaloftException.notFound("scheduled task run", id))
            .build();

    private TaskRepository() {
    }

    private static Set<String> taskKeys(ScheduledTask t) {
        Set<String> keys = new HashSet<>();
        if (t.idempotencyKey() != null) {
            keys.add(idempotencyKey(t.organizationId(), t.idempotencyKey()));
        }
        return keys;
    }

    private static Set<String> runKeys(ScheduledTaskRun r) {
        Set<String> keys = new HashSet<>();
        if (r.scheduledFor() != null) {
            keys.add(dueKey(r.taskId(), r.scheduledFor()));
        }
        if (r.idempotencyKey() != null) {
            keys.add(runNowKey(r.organizationId(), r.taskId(), r.idempotencyKey()));
        }
        return keys;
    }

    static String runNowKey(String organizationId, String taskId, String key) {
        return "scheduled-task-run-now:" + organizationId + ":" + taskId + ":" + key;
    }

    static String idempotencyKey(String organizationId, String key) {
        return "scheduled-task:" + organizationId + ":" + key;
    }

    /** One run per task and due time. */
    static String dueKey(String taskId, Instant dueAt) {
        return "scheduled-task-due:" + taskId + ":" + dueAt.toEpochMilli();
    }

    /** The live tasks of an organization (null: of every organization) with the given status (null: any). */
    static DocumentQuery tasks(String organizationId, String status) {
        DocumentIndex index = organizationId == null ? DocumentIndex.NONE : DocumentIndex.ofOrganization(organizationId);
        DocumentQuery query = DocumentQuery.where(index);
        return status == null ? query.statusNotIn(Set.of(ScheduledTask.DELETED)) : query.statusIn(Set.of(status));
    }

    static DocumentQuery runsOf(String organizationId, String taskId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(TASK_ID, taskId));
    }
}
