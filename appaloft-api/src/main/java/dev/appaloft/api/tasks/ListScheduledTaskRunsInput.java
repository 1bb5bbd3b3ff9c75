package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runs.list}: optional filters, newest first, paged by {@code cursor}. */
public record ListScheduledTaskRunsInput(String taskId, String resourceId, String status, String triggerKind,
                                         Integer limit, String cursor) {

    public static ListScheduledTaskRunsInput ofTask(String taskId) {
        return new ListScheduledTaskRunsInput(taskId, null, null, null, null, null);
    }
}
