package dev.appaloft.core.storage;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.projects.DeleteBlockerSource;
import dev.appaloft.core.projects.Project;
import java.util.List;

/** A project keeps its storage volumes (their data lives on servers): delete them first. */
public final class StorageProjectBlockers implements DeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Project project) {
        long count = StorageRepositories.VOLUMES.count(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(project.organizationId()).with(IndexFields.PROJECT_ID, project.id())
                .with(IndexFields.STATUS, StorageVolume.ACTIVE)));
        return count == 0 ? List.of() : List.of(new Blocker("storage-volume", null, "storage-volume", count));
    }
}
