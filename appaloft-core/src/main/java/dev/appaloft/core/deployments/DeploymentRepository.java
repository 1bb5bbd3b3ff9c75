package dev.appaloft.core.deployments;

import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.Repository;
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

    static final Repository<Deployment> DEPLOYMENTS = Repository.of(COLLECTION, Deployment.class)
            .id(Deployment::id).createdAt(Deployment::createdAt).organization(Deployment::organizationId)
            .index(d -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, d.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, d.environmentId()).with(IndexFields.RESOURCE_ID, d.resourceId())
                    .with(IndexFields.SERVER_ID, d.serverId()).with(IndexFields.STATUS, indexedStatus(d)))
            .keys(d -> d.status().isTerminal() ? Set.of() : Set.of("active:" + d.resourceId()))
            .notFound(id -> AppaloftException.notFound("deployment", id))
            .conflicts((r, e, d) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.DEPLOYMENT_IN_PROGRESS, "resource " + d.resourceId()
                            + " already has a deployment in progress; wait for it to end or cancel it")
                    : null)
            .build();

    /** The deployment; a {@code null} organization means any (recovery and workers scope themselves). */
    public static Optional<Versioned<Deployment>> find(StoreReader reader, String organizationId, String id) {
        return DEPLOYMENTS.findIn(reader, organizationId, id);
    }

    public static Versioned<Deployment> require(StoreReader reader, String organizationId, String id) {
        return DEPLOYMENTS.require(reader, organizationId, id);
    }

    public static List<Deployment> list(StoreReader reader, DocumentQuery query) {
        return DEPLOYMENTS.values(reader, query);
    }

    public static long count(StoreReader reader, DocumentQuery query) {
        return DEPLOYMENTS.count(reader, query);
    }

    /** How many deployments match, per value of {@code field}, in one grouped read. */
    public static java.util.Map<String, Long> countBy(StoreReader reader, DocumentQuery query, String field) {
        return reader.countBy(COLLECTION, query, field); // counts need no decoding
    }

    /** The newest matching deployment per value of {@code field}, in one read. */
    public static List<Deployment> newestBy(StoreReader reader, DocumentQuery query, String field) {
        return DEPLOYMENTS.newestBy(reader, query, field);
    }

    static DocumentQuery scope(String organizationId, String projectId, String resourceId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(IndexFields.PROJECT_ID, projectId)
                .with(IndexFields.RESOURCE_ID, resourceId));
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
        DEPLOYMENTS.insert(tx, deployment, now);
    }

    static void delete(StoreTransaction tx, Versioned<Deployment> current) {
        DEPLOYMENTS.delete(tx, current);
    }

    public static void update(StoreTransaction tx, Versioned<Deployment> before, Deployment after, Instant now) {
        DEPLOYMENTS.update(tx, before, after, now);
    }
}
