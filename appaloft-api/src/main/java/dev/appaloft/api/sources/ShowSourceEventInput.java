package dev.appaloft.api.sources;

/** {@code sourceEvents.show}; a project or resource given must be the event's, or it reads as not found. */
public record ShowSourceEventInput(String sourceEventId, String projectId, String resourceId) {
}
