package dev.appaloft.core.fleet.deployments;

import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fleet deployments in the store, indexed by group ({@code environment_id}) and status. A
 * deployment that is not deleted holds the key {@code name:<group>:<name>}, so names are unique
 * within a group (an agent enrolls again under its name).
 */
public final class FleetDeploymentRepository {

    static final String COLLECTION = StoreCollections.FLEET_DEPLOYMENTS;

    private FleetDeploymentRepository() {
    }

    public static Optional<Versioned<FleetDeployment>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id).map(FleetDeploymentRepository::versioned)
                .filter(d -> d.value().organizationId().equals(organizationId));
    }

    public static Versioned<FleetDeployment> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> FleetFailures.deploymentNotFound(id));
    }

    public static Optional<Versioned<FleetDeployment>> findByName(StoreReader reader, String groupId, String name) {
        return reader.findByUniqueKey(COLLECTION, nameKey(groupId, name)).map(FleetDeploymentRepository::versioned);
    }

    public static List<Versioned<FleetDeployment>> query(StoreReader reader, DocumentQuery query) {
        return reader.query(COLLECTION, query).stream().map(FleetDeploymentRepository::versioned).toList();
    }

    /** The organization's deployments (of one group when {@code groupId} is given). */
    public static DocumentQuery scope(String organizationId, String groupId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).withEnvironmentId(groupId));
    }

    public static void insert(StoreTransaction tx, FleetDeployment deployment, Instant now) {
        try {
            tx.insert(COLLECTION, draft(deployment, now));
        } catch (StoreConflictException e) {
            if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
                throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NAME_CONFLICT, "A deployment named \""
                        + deployment.name() + "\" already exists in deployment group " + deployment.groupId(),
                        "deployment_group_id", deployment.groupId(), "name", deployment.name());
            }
            throw e;
        }
    }

    public static void update(StoreTransaction tx, Versioned<FleetDeployment> before, FleetDeployment after, Instant now) {
        tx.update(COLLECTION, draft(after, now), before.version());
    }

    private static Versioned<FleetDeployment> versioned(Document doc) {
        return new Versioned<>(Json.readAggregate(doc.body(), FleetDeployment.class), doc.version());
    }

    private static DocumentDraft draft(FleetDeployment d, Instant now) {
        DocumentIndex index = DocumentIndex.ofOrganization(d.organizationId()).withEnvironmentId(d.groupId())
                .withStatus(d.status().wire());
        Set<String> keys = d.status() == FleetDeploymentStatus.DELETED ? Set.of() : Set.of(nameKey(d.groupId(), d.name()));
        return new DocumentDraft(d.id(), index, keys, Json.write(d), d.createdAt(), now);
    }

    private static String nameKey(String groupId, String name) {
        return "name:" + groupId + ":" + name.toLowerCase(Locale.ROOT);
    }
}
