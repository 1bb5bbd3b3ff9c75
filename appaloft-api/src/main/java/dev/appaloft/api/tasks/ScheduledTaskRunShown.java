package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runs.show}. */
public record ScheduledTaskRunShown(String schemaVersion, ScheduledTaskRunView run, String generatedAt) {

    public static final String SCHEMA = "scheduled-task-runs.show/v1";
}
