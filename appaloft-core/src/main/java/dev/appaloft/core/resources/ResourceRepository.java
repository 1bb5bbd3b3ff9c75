package dev.appaloft.core.resources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceLifecycleStatus;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resources in the store, read within one organization; deleted ones read as absent. */
public final class ResourceRepository {

    static final String COLLECTION = StoreCollections.RESOURCES;
    private static final Set<String> HIDDEN = Set.of("deleted");

    private ResourceRepository() {
    }

    public static Optional<Versioned<Resource>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(d -> new Versioned<>(Json.readAggregate(d.body(), Resource.class), d.version()))
                .filter(r -> r.value().organizationId().equals(organizationId)
                        && r.value().lifecycleStatus() != ResourceLifecycleStatus.DELETED);
    }

    public static Versioned<Resource> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> AppaloftException.notFound("resource", id));
    }

    public static List<Resource> list(StoreReader reader, String organizationId, String projectId,
                                      String environmentId, int limit) {
        return reader.query(COLLECTION, scope(organizationId, projectId, environmentId).limit(limit)).stream()
                .map(d -> Json.readAggregate(d.body(), Resource.class)).toList();
    }

    public static long count(StoreReader reader, String organizationId, String projectId, String environmentId) {
        return reader.count(COLLECTION, scope(organizationId, projectId, environmentId));
    }

    public static void insert(StoreTransaction tx, Resource resource, Instant now) {
        try {
            tx.insert(COLLECTION, draft(resource, now));
        } catch (StoreConflictException e) {
            throw translate(e, resource);
        }
    }

    public static void update(StoreTransaction tx, Versioned<Resource> before, Resource after, Instant now) {
        try {
            tx.update(COLLECTION, draft(after, now), before.version());
        } catch (StoreConflictException e) {
            throw translate(e, after);
        }
    }

    private static DocumentQuery scope(String organizationId, String projectId, String environmentId) {
        return DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).withProjectId(projectId)
                .withEnvironmentId(environmentId)).statusNotIn(HIDDEN);
    }

    private static AppaloftException translate(StoreConflictException e, Resource resource) {
        if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
            return new AppaloftException(ErrorCode.RESOURCE_SLUG_CONFLICT, "environment " + resource.environmentId()
                    + " already has a resource with the slug \"" + resource.slug() + "\"");
        }
        throw e;
    }

    private static DocumentDraft draft(Resource r, Instant now) {
        DocumentIndex index = DocumentIndex.ofOrganization(r.organizationId()).withProjectId(r.projectId())
                .withEnvironmentId(r.environmentId()).withStatus(lifecycle(r));
        Set<String> keys = r.lifecycleStatus() == ResourceLifecycleStatus.DELETED ? Set.of()
                : Set.of("slug:" + r.projectId() + ":" + r.environmentId() + ":" + r.slug());
        return new DocumentDraft(r.id(), index, keys, Json.write(r), r.createdAt(), now);
    }

    private static String lifecycle(Resource r) {
        return switch (r.lifecycleStatus()) {
            case ACTIVE -> "active";
            case ARCHIVED -> "archived";
            case DELETED -> "deleted";
        };
    }

}
