package dev.appaloft.api.tasks;

/** {@code scheduledTasks.configure}: every field but the ids is optional; null keeps the current value. */
public record ConfigureScheduledTaskInput(String taskId, String resourceId, String schedule, String timezone,
                                          String commandIntent, Integer timeoutSeconds, Integer retryLimit,
                                          String concurrencyPolicy, String status, String idempotencyKey) {

    /** Only the status changes (enabled or disabled). */
    public static ConfigureScheduledTaskInput status(String taskId, String resourceId, String status) {
        return new ConfigureScheduledTaskInput(taskId, resourceId, null, null, null, null, null, null, status, null);
    }
}
