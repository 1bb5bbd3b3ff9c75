package dev.appaloft.api.tasks;

/** {@code scheduledTasks.show}; a {@code resourceId} that is not the task's answers not_found. */
public record ShowScheduledTaskInput(String taskId, String resourceId) {
}
