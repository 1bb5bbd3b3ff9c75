package dev.appaloft.api.projects;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project as reads show it ({@code projects.show}, list items). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(
        String id,
        String organizationId,
        String name,
        String slug,
        String description,
        ProjectLifecycleStatus lifecycleStatus,
        String archivedAt,
        String archiveReason,
        String createdAt) {
}
