package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runs.show}; a {@code taskId} or {@code resourceId} that is not the run's answers not_found. */
public record ShowScheduledTaskRunInput(String runId, String taskId, String resourceId) {

    public static ShowScheduledTaskRunInput of(String runId) {
        return new ShowScheduledTaskRunInput(runId, null, null);
    }
}
