package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runNow}: the run as accepted (its command has not run yet). */
public record ScheduledTaskRunAccepted(String schemaVersion, ScheduledTaskRunView run) {

    public static final String SCHEMA = "scheduled-tasks.run-now/v1";

    public ScheduledTaskRunAccepted(ScheduledTaskRunView run) {
        this(SCHEMA, run);
    }
}
