package dev.appaloft.core.fleet.groups;

import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Deployment groups in the store, read within one organization. */
public final class GroupRepository {

    static final String COLLECTION = StoreCollections.FLEET_DEPLOYMENT_GROUPS;

    private GroupRepository() {
    }

    public static Optional<Versioned<DeploymentGroup>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(d -> new Versioned<>(Json.readAggregate(d.body(), DeploymentGroup.class), d.version()))
                .filter(g -> g.value().organizationId().equals(organizationId));
    }

    public static Versioned<DeploymentGroup> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> FleetFailures.groupNotFound(id));
    }

    /** The organization's groups, newest first. */
    public static List<DeploymentGroup> list(StoreReader reader, String organizationId, int limit) {
        return reader.query(COLLECTION, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId))
                        .newestFirst().limit(limit)).stream()
                .map(d -> Json.readAggregate(d.body(), DeploymentGroup.class)).toList();
    }

    public static void insert(StoreTransaction tx, DeploymentGroup group) {
        tx.insert(COLLECTION, draft(group, group.createdAt()));
    }

    public static void update(StoreTransaction tx, Versioned<DeploymentGroup> before, DeploymentGroup after, Instant now) {
        tx.update(COLLECTION, draft(after, now), before.version());
    }

    private static DocumentDraft draft(DeploymentGroup g, Instant now) {
        return new DocumentDraft(g.id(), DocumentIndex.ofOrganization(g.organizationId()), Set.of(), Json.write(g),
                g.createdAt(), now);
    }
}
