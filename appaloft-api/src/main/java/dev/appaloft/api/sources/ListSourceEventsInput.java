package dev.appaloft.api.sources;

/** {@code sourceEvents.list}: the organization's events, optionally of one project, resource, status or kind. */
public record ListSourceEventsInput(String projectId, String resourceId, SourceEventStatus status,
                                    SourceKind sourceKind, Integer limit, String cursor) {
}
