package dev.appaloft.core.projects;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import java.util.ArrayList;
import java.util.List;

/** What delete-check reports and delete enforces: the same list, computed in one place. */
final class ProjectDeletionRules {

    private final List<DeleteBlockerSource> sources;

    ProjectDeletionRules(List<DeleteBlockerSource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<Blocker> blockers(StoreReader reader, Project project) {
        List<Blocker> blockers = new ArrayList<>();
        if (!project.isArchived()) {
            blockers.add(new Blocker("active-project", project.id(), "project", null));
        }
        for (DeleteBlockerSource source : sources) {
            blockers.addAll(source.blockers(reader, project));
        }
        return blockers;
    }
}
