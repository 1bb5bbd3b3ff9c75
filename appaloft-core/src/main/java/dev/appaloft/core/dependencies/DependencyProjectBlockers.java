package dev.appaloft.core.dependencies;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import java.util.List;
import java.util.Set;

/** A project keeps its databases (they run on servers): delete them first. */
public final class DependencyProjectBlockers implements DeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = DependencyRepository.RESOURCES.count(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(project.organizationId()).with(IndexFields.PROJECT_ID, project.id()))
                .statusNotIn(Set.of(DependencyResource.DELETED)));
        return count == 0 ? List.of() : List.of(new Blocker("dependency-resource", null, "dependency-resource", count));
    }
}
