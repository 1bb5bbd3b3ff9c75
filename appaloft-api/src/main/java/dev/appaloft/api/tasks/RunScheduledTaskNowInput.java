package dev.appaloft.api.tasks;

/** {@code scheduledTasks.runNow}; {@code requestedAt} is informative (the run is due at once). */
public record RunScheduledTaskNowInput(String taskId, String resourceId, String idempotencyKey, String requestedAt) {

    public static RunScheduledTaskNowInput of(String taskId, String resourceId) {
        return new RunScheduledTaskNowInput(taskId, resourceId, null, null);
    }
}
