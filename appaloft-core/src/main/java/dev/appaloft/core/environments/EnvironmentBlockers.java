package dev.appaloft.core.environments;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import java.util.List;

/** A project with environments that are not archived cannot be deleted. */
public final class EnvironmentBlockers implements DeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = EnvironmentRepository.countUnarchived(reader, project.organizationId(), project.id());
        return count == 0 ? List.of() : List.of(new Blocker("environment", null, "environment", count));
    }
}
