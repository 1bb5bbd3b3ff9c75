package dev.appaloft.core.deployments;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.resources.ResourceDeleteBlockerSource;
import java.util.List;
import java.util.Set;

/**
 * A resource keeps its deployments ({@code deployment-history}), as a server does: every one not
 * archived blocks delete, in progress or ended. Archive (or prune) them first, so deleting a
 * resource never silently drops the record of what ran.
 */
public final class DeploymentResourceBlockers implements ResourceDeleteBlockerSource {

    @Override
    public List<String> blockers(StoreReader reader, String organizationId, String resourceId) {
        DocumentQuery ofResource = DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with(IndexFields.RESOURCE_ID, resourceId));
        long kept = DeploymentRepository.count(reader, DeploymentRepository.withStatuses(ofResource, Set.of(), false));
        return kept == 0 ? List.of() : List.of("deployment-history");
    }
}
