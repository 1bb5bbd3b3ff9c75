package dev.appaloft.core.fleet.deployments;

import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fleet deployments in the store, indexed by group and status. A
 * deployment that is not deleted holds the key {@code name:<group>:<name>}, so names are unique
 * within a group (an agent enrolls again under its name).
 */
public final class FleetDeploymentRepository {

    static final String COLLECTION = StoreCollections.FLEET_DEPLOYMENTS;
    static final String GROUP = "deployment_group_id";

    static final Repository<FleetDeployment> DEPLOYMENTS = Repository.of(COLLECTION, FleetDeployment.class)
            .id(FleetDeployment::id).createdAt(FleetDeployment::createdAt).organization(FleetDeployment::organizationId)
            .index(d -> DocumentIndex.NONE.with(GROUP, d.groupId()).with(IndexFields.STATUS, d.status().wire()))
            .keys(d -> d.status() == FleetDeploymentStatus.DELETED ? Set.of() : Set.of(nameKey(d.groupId(), d.name())))
            .notFound(FleetFailures::deploymentNotFound)
            .conflicts((r, e, d) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NAME_CONFLICT, "A deployment named \""
                            + d.name() + "\" already exists in deployment group " + d.groupId(),
                            "deployment_group_id", d.groupId(), "name", d.name())
                    : null)
            .build();

    private FleetDeploymentRepository() {
    }

    public static Optional<Versioned<FleetDeployment>> find(StoreReader reader, String organizationId, String id) {
        return DEPLOYMENTS.findIn(reader, organizationId, id);
    }

    public static Versioned<FleetDeployment> require(StoreReader reader, String organizationId, String id) {
        return DEPLOYMENTS.require(reader, organizationId, id);
    }

    public static Optional<Versioned<FleetDeployment>> findByName(StoreReader reader, String groupId, String name) {
        return DEPLOYMENTS.findByKey(reader, nameKey(groupId, name));
    }

    public static List<Versioned<FleetDeployment>> query(StoreReader reader, DocumentQuery query) {
        return DEPLOYMENTS.query(reader, query);
    }

    /** The organization's deployments (of one group when {@code groupId} is given). */
    public static DocumentQuery scope(String organizationId, String groupId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(GROUP, groupId));
    }

    public static void insert(StoreTransaction tx, FleetDeployment deployment, Instant now) {
        DEPLOYMENTS.insert(tx, deployment, now);
    }

    public static void update(StoreTransaction tx, Versioned<FleetDeployment> before, FleetDeployment after, Instant now) {
        DEPLOYMENTS.update(tx, before, after, now);
    }

    private static String nameKey(String groupId, String name) {
        return "name:" + groupId + ":" + name.toLowerCase(Locale.ROOT);
    }
}
