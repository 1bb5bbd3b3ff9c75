package dev.appaloft.core.projects;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.ProjectLifecycleStatus;
import dev.appaloft.api.projects.ProjectView;
import java.time.Instant;

/**
 * The project aggregate. Transitions return a new value; the lifecycle rules live in
 * {@link ProjectLifecycleStatus#canBecome}.
 */
public record Project(
        String id,
        String organizationId,
        String name,
        String slug,
        String description,
        ProjectLifecycleStatus lifecycleStatus,
        Instant archivedAt,
        String archiveReason,
        Instant deletedAt,
        Instant createdAt) {

    public static Project create(String id, String organizationId, String name, String description, Instant now) {
        return new Project(id, organizationId, name, Slugs.of(name), description, ProjectLifecycleStatus.ACTIVE,
                null, null, null, now);
    }

    public boolean isArchived() {
        return lifecycleStatus == ProjectLifecycleStatus.ARCHIVED;
    }

    /** Child work (environments, resources, deployments) and edits need an active project. */
    public void ensureActive() {
        if (lifecycleStatus != ProjectLifecycleStatus.ACTIVE) {
            throw new AppaloftException(ErrorCode.PROJECT_ARCHIVED,
                    "project " + id + " is archived; restore it first");
        }
    }

    public Project rename(String newName) {
        ensureActive();
        return new Project(id, organizationId, newName, Slugs.of(newName), description, lifecycleStatus,
                archivedAt, archiveReason, deletedAt, createdAt);
    }

    public Project describe(String newDescription) {
        ensureActive();
        return new Project(id, organizationId, name, slug, newDescription, lifecycleStatus,
                archivedAt, archiveReason, deletedAt, createdAt);
    }

    public Project archive(String reason, Instant now) {
        return moveTo(ProjectLifecycleStatus.ARCHIVED, now, reason, null);
    }

    public Project restore() {
        return moveTo(ProjectLifecycleStatus.ACTIVE, null, null, null);
    }

    public Project delete(Instant now) {
        return moveTo(ProjectLifecycleStatus.DELETED, archivedAt, archiveReason, now);
    }

    private Project moveTo(ProjectLifecycleStatus next, Instant newArchivedAt, String reason, Instant newDeletedAt) {
        if (!lifecycleStatus.canBecome(next)) {
            throw new IllegalStateException("project cannot go from " + lifecycleStatus + " to " + next);
        }
        return new Project(id, organizationId, name, slug, description, next, newArchivedAt, reason,
                newDeletedAt, createdAt);
    }

    public ProjectView view() {
        return new ProjectView(id, organizationId, name, slug, description, lifecycleStatus,
                Timestamps.format(archivedAt), archiveReason, Timestamps.format(createdAt));
    }
}
