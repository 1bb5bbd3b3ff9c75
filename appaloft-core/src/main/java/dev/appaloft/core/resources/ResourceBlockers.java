package dev.appaloft.core.resources;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import java.util.List;

/** A project with resources that are not deleted cannot be deleted. */
public final class ResourceBlockers implements DeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = ResourceRepository.count(reader, project.organizationId(), project.id(), null);
        return count == 0 ? List.of() : List.of(new Blocker("resource", null, "resource", count));
    }
}
