package dev.appaloft.api.tasks;

/** {@code scheduledTasks.create} and {@code scheduledTasks.configure}: the task as it is now. */
public record ScheduledTaskCommandResult(String schemaVersion, ScheduledTaskView task) {

    public static final String SCHEMA = "scheduled-tasks.command/v1";

    public ScheduledTaskCommandResult(ScheduledTaskView task) {
        this(SCHEMA, task);
    }
}
