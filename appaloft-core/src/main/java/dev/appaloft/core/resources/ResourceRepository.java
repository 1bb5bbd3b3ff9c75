package dev.appaloft.core.resources;

import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceLifecycleStatus;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resources in the store, read within one organization; deleted ones read as absent. */
public final class ResourceRepository {

    static final String COLLECTION = StoreCollections.RESOURCES;

    static final Repository<Resource> RESOURCES = Repository.of(COLLECTION, Resource.class)
            .id(Resource::id).createdAt(Resource::createdAt).organization(Resource::organizationId)
            .index(r -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, r.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, r.environmentId()).with(IndexFields.STATUS, lifecycle(r)))
            .keys(r -> r.lifecycleStatus() == ResourceLifecycleStatus.DELETED ? Set.of()
                    : Set.of("slug:" + r.projectId() + ":" + r.environmentId() + ":" + r.slug()))
            .hidden(r -> r.lifecycleStatus() == ResourceLifecycleStatus.DELETED, Set.of("deleted"))
            .notFound(id -> AppaloftException.notFound("resource", id))
            .conflicts((reader, e, r) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.RESOURCE_SLUG_CONFLICT, "environment " + r.environmentId()
                            + " already has a resource with the slug \"" + r.slug() + "\"")
                    : null)
            .build();

    private ResourceRepository() {
    }

    public static Optional<Versioned<Resource>> find(StoreReader reader, String organizationId, String id) {
        return RESOURCES.findIn(reader, organizationId, id);
    }

    public static Versioned<Resource> require(StoreReader reader, String organizationId, String id) {
        return RESOURCES.require(reader, organizationId, id);
    }

    public static List<Resource> list(StoreReader reader, String organizationId, String projectId,
                                      String environmentId, int limit) {
        return RESOURCES.values(reader, scope(organizationId, projectId, environmentId).limit(limit));
    }

    public static long count(StoreReader reader, String organizationId, String projectId, String environmentId) {
        return RESOURCES.count(reader, scope(organizationId, projectId, environmentId));
    }

    public static void insert(StoreTransaction tx, Resource resource, Instant now) {
        RESOURCES.insert(tx, resource, now);
    }

    public static void update(StoreTransaction tx, Versioned<Resource> before, Resource after, Instant now) {
        RESOURCES.update(tx, before, after, now);
    }

    private static DocumentQuery scope(String organizationId, String projectId, String environmentId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(IndexFields.PROJECT_ID, projectId)
                .with(IndexFields.ENVIRONMENT_ID, environmentId)).statusNotIn(Set.of("deleted"));
    }

    private static String lifecycle(Resource r) {
        return switch (r.lifecycleStatus()) {
            case ACTIVE -> "active";
            case ARCHIVED -> "archived";
            case DELETED -> "deleted";
        };
    }
}
