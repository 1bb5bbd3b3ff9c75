package dev.appaloft.core.tasks;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import dev.appaloft.core.resources.ResourceDeleteBlockerSource;
import java.util.List;

/**
 * A task that is not deleted keeps its resource and project ({@code scheduled-task}): delete the
 * task first, so no schedule is left pointing at nothing. Its runs do not block anything.
 */
public final class ScheduledTaskBlockers implements DeleteBlockerSource, ResourceDeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = TaskRepository.TASKS.count(reader, where(project.organizationId(), IndexFields.PROJECT_ID,
                project.id()));
        return count == 0 ? List.of() : List.of(new Blocker("scheduled-task", null, "scheduled-task", count));
    }

    @Override
    public List<String> blockers(StoreReader reader, String organizationId, String resourceId) {
        long count = TaskRepository.TASKS.count(reader, where(organizationId, IndexFields.RESOURCE_ID, resourceId));
        return count == 0 ? List.of() : List.of("scheduled-task");
    }

    private static DocumentQuery where(String organizationId, String field, String id) {
        DocumentQuery live = TaskRepository.tasks(organizationId, null);
        return DocumentQuery.where(live.where().with(field, id)).statusNotIn(java.util.Set.of(ScheduledTask.DELETED));
    }
}
