package dev.appaloft.api.tasks;

/** {@code scheduledTasks.delete}: the task is gone; its runs and their logs stay readable. */
public record ScheduledTaskDeleted(String schemaVersion, String taskId, String resourceId, String status,
                                   String deletedAt) {

    public static final String SCHEMA = "scheduled-tasks.delete/v1";

    public ScheduledTaskDeleted(String taskId, String resourceId, String deletedAt) {
        this(SCHEMA, taskId, resourceId, "deleted", deletedAt);
    }
}
