package dev.appaloft.api.tasks;

/** {@code scheduledTasks.show}. */
public record ScheduledTaskShown(String schemaVersion, ScheduledTaskView task, String generatedAt) {

    public static final String SCHEMA = "scheduled-tasks.show/v1";
}
