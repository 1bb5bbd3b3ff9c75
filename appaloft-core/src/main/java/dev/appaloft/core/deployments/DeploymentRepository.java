package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deployments in the store. While a deployment is not terminal it holds the key
 * {@code active:<resourceId>}: the store itself refuses a second active deployment of a resource.
 */
public final class DeploymentRepository {

    static final String COLLECTION = StoreCollections.DEPLOYMENTS;
    static final Set<String> ACTIVE = Arrays.stream(DeploymentStatus.values()).filter(s -> !s.isTerminal())
            .map(DeploymentStatus::wire).collect(Collectors.toUnmodifiableSet());

    static final String ARCHIVED_PREFIX = "archived:";
    private static final Set<String> ARCHIVED = Arrays.stream(DeploymentStatus.values())
            .map(s -> ARCHIVED_PREFIX + s.wire()).collect(Collectors.toUnmodifiableSet());

    private DeploymentRepository() {
    }

    /**
     * Held while a resource's running instance is changed outside a deployment (stop, start,
     * restart) and while a deployment of it is admitted: the two never overlap.
     */
    public static String runtimeLeaseKey(String resourceId) {
        return "resource-runtime:" + resourceId;
    }

    public static Optional<Versioned<Deployment>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(d -> new Versioned<>(Json.readAggregate(d.body(), Deployment.class), d.version()))
                .filter(d -> organizationId == null || d.value().organizationId().equals(organizationId));
    }

    public static Versioned<Deployment> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> AppaloftException.notFound("deployment", id));
    }

    public static List<Deployment> list(StoreReader reader, DocumentQuery query) {
        return reader.query(COLLECTION, query).stream().map(d -> Json.readAggregate(d.body(), Deployment.class)).toList();
    }

    public static long count(StoreReader reader, DocumentQuery query) {
        return reader.count(COLLECTION, query);
    }

    static DocumentQuery scope(String organizationId, String projectId, String resourceId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).withProjectId(projectId)
                .withResourceId(resourceId));
    }

    /**
     * An archived deployment is indexed under {@code archived:<status>}: a status filter then skips
     * it unless archived ones are asked for, with no extra column.
     */
    static String indexedStatus(Deployment d) {
        return d.archivedAt() == null ? d.status().wire() : ARCHIVED_PREFIX + d.status().wire();
    }

    /** The query's status filter for these statuses (all when empty), archived ones included or not. */
    public static DocumentQuery withStatuses(DocumentQuery query, Set<DeploymentStatus> statuses, boolean includeArchived) {
        if (statuses.isEmpty()) {
            return includeArchived ? query : query.statusNotIn(ARCHIVED);
        }
        Set<String> wanted = new java.util.HashSet<>();
        for (DeploymentStatus status : statuses) {
            wanted.add(status.wire());
            if (includeArchived) {
                wanted.add(ARCHIVED_PREFIX + status.wire());
            }
        }
        return query.statusIn(wanted);
    }

    /** Every deployment, of any organization, that has not ended (for recovery after a restart). */
    static List<Deployment> unfinished(StoreReader reader) {
        return list(reader, DocumentQuery.all().statusIn(ACTIVE));
    }

    public static void insert(StoreTransaction tx, Deployment deployment, Instant now) {
        try {
            tx.insert(COLLECTION, draft(deployment, now));
        } catch (StoreConflictException e) {
            if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
                throw new AppaloftException(ErrorCode.DEPLOYMENT_IN_PROGRESS, "resource " + deployment.resourceId()
                        + " already has a deployment in progress; wait for it to end or cancel it");
            }
            throw e;
        }
    }

    static void delete(StoreTransaction tx, Versioned<Deployment> current) {
        tx.delete(COLLECTION, current.value().id(), current.version());
    }

    public static void update(StoreTransaction tx, Versioned<Deployment> before, Deployment after, Instant now) {
        tx.update(COLLECTION, draft(after, now), before.version());
    }

    private static DocumentDraft draft(Deployment d, Instant now) {
        DocumentIndex index = DocumentIndex.ofOrganization(d.organizationId()).withProjectId(d.projectId())
                .withEnvironmentId(d.environmentId()).withResourceId(d.resourceId()).withServerId(d.serverId())
                .withStatus(indexedStatus(d));
        Set<String> keys = d.status().isTerminal() ? Set.of() : Set.of("active:" + d.resourceId());
        return new DocumentDraft(d.id(), index, keys, Json.write(d), d.createdAt(), now);
    }
}
