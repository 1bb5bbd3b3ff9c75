package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runs.logs}: oldest first; {@code cursor} is the previous page's {@code nextCursor}. */
public record ScheduledTaskRunLogsInput(String runId, String taskId, String resourceId, String cursor, Integer limit) {

    public static ScheduledTaskRunLogsInput of(String runId) {
        return new ScheduledTaskRunLogsInput(runId, null, null, null, null);
    }
}
