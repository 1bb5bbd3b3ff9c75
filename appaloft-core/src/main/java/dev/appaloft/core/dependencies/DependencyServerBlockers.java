package dev.appaloft.core.dependencies;

import dev.appaloft.api.servers.ServerDeleteCheck.Blocker;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerDeleteBlockerSource;
import java.util.List;
import java.util.Set;

/**
 * A server keeps the managed databases running on it: delete them first. The spec's blocker kinds
 * have none for dependency resources, so they are a {@code resource-placement} of entity type
 * {@code dependency-resource}.
 */
public final class DependencyServerBlockers implements ServerDeleteBlockerSource {

    @Override
    public List<Blocker> blockers(StoreReader reader, Server server) {
        long placed = DependencyRepository.RESOURCES.count(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(server.organizationId()).with(IndexFields.SERVER_ID, server.id()))
                .statusNotIn(Set.of(DependencyResource.DELETED)));
        return placed == 0 ? List.of() : List.of(new Blocker("resource-placement", null, "dependency-resource", placed));
    }
}
