package dev.appaloft.core.fleet.groups;

import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deployment groups in the store, read within one organization. */
public final class GroupRepository {

    static final String COLLECTION = StoreCollections.FLEET_DEPLOYMENT_GROUPS;

    static final Repository<DeploymentGroup> GROUPS = Repository.of(COLLECTION, DeploymentGroup.class)
            .id(DeploymentGroup::id).createdAt(DeploymentGroup::createdAt).organization(DeploymentGroup::organizationId)
            .notFound(FleetFailures::groupNotFound)
            .build();

    private GroupRepository() {
    }

    public static Optional<Versioned<DeploymentGroup>> find(StoreReader reader, String organizationId, String id) {
        return GROUPS.findIn(reader, organizationId, id);
    }

    public static Versioned<DeploymentGroup> require(StoreReader reader, String organizationId, String id) {
        return GROUPS.require(reader, organizationId, id);
    }

    /** The organization's groups, newest first. */
    public static List<DeploymentGroup> list(StoreReader reader, String organizationId, int limit) {
        return GROUPS.values(reader, GROUPS.scope(organizationId).newestFirst().limit(limit));
    }

    public static void insert(StoreTransaction tx, DeploymentGroup group) {
        GROUPS.insert(tx, group, group.createdAt());
    }

    public static void update(StoreTransaction tx, Versioned<DeploymentGroup> before, DeploymentGroup after, Instant now) {
        GROUPS.update(tx, before, after, now);
    }
}
