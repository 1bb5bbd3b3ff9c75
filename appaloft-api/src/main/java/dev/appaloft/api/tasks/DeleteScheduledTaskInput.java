package dev.appaloft.api.tasks;

/** {@code scheduledTasks.delete}. */
public record DeleteScheduledTaskInput(String taskId, String resourceId, String idempotencyKey) {
}
