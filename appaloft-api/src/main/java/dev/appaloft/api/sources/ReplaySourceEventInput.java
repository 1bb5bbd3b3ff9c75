package dev.appaloft.api.sources;

/** {@code sourceEvents.replay}: match the event again against today's links and policies, and deploy what matches. */
public record ReplaySourceEventInput(String sourceEventId, String projectId, String resourceId, String idempotencyKey) {
}
