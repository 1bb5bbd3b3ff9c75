package dev.appaloft.core.domains;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import java.util.List;

/** A project with domain bindings that are not deleted cannot be deleted ({@code domain-binding}). */
public final class DomainProjectBlockers implements DeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = DomainBindingRepository.BINDINGS.count(reader,
                DomainBindingRepository.where(project.organizationId(), project.id(), null, null));
        return count == 0 ? List.of() : List.of(new Blocker("domain-binding", null, "domain-binding", count));
    }
}
