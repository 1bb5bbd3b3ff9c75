package dev.appaloft.core.dependencies;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Set;

/** Where dependency resources are kept, read within one organization; deleted ones stay readable by id. */
final class DependencyRepository {

    static final Repository<DependencyResource> RESOURCES = Repository
            .of(StoreCollections.DEPENDENCY_RESOURCES, DependencyResource.class)
            .id(DependencyResource::id).createdAt(DependencyResource::createdAt)
            .organization(DependencyResource::organizationId)
            .index(d -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, d.projectId())
                    .with(IndexFields.ENVIRONMENT_ID, d.environmentId()).with(IndexFields.STATUS, d.lifecycleStatus())
                    .with("kind", d.kind().wire()).with(IndexFields.SERVER_ID, d.serverId()))
            .keys(d -> d.isDeleted() ? Set.of() : Set.of(slugKey(d.environmentId(), d.slug())))
            .notFound(id -> AppaloftException.notFound("dependency resource", id))
            .conflicts((r, e, d) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY ? slugTaken(d.environmentId(),
                    d.slug()) : null)
            .build();

    static final Repository<DependencyBinding> BINDINGS = Repository
            .of(StoreCollections.DEPENDENCY_BINDINGS, DependencyBinding.class)
            .id(DependencyBinding::id).createdAt(DependencyBinding::createdAt)
            .organization(DependencyBinding::organizationId)
            .index(b -> DocumentIndex.NONE.with(IndexFields.RESOURCE_ID, b.resourceId())
                    .with("dependency_resource_id", b.dependencyResourceId()).with(IndexFields.STATUS, b.status()))
            // one active binding per variable of a resource
            .keys(b -> b.isActive() ? Set.of("target:" + b.resourceId() + ":" + b.targetName()) : Set.of())
            .notFound(id -> AppaloftException.notFound("dependency binding", id))
            .conflicts((r, e, b) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY ? targetTaken(b) : null)
            .build();

    private DependencyRepository() {
    }

    static String slugKey(String environmentId, String slug) {
        return "slug:" + environmentId + ":" + slug;
    }

    static AppaloftException slugTaken(String environmentId, String slug) {
        return new AppaloftException(ErrorCode.DEPENDENCY_RESOURCE_SLUG_CONFLICT, "environment " + environmentId
                + " already has a dependency resource with the slug \"" + slug + "\"");
    }

    static AppaloftException targetTaken(DependencyBinding b) {
        return new AppaloftException(ErrorCode.DEPENDENCY_BINDING_CONFLICT, "resource " + b.resourceId()
                + " already receives " + b.targetName() + " from another binding");
    }

    static List<DependencyBinding> activeBindings(StoreReader r, String organizationId, String field, String value) {
        return BINDINGS.values(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with(field, value)
                .with(IndexFields.STATUS, DependencyBinding.ACTIVE)));
    }

    static long activeBindingCount(StoreReader r, String organizationId, String dependencyResourceId) {
        return BINDINGS.count(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with("dependency_resource_id", dependencyResourceId).with(IndexFields.STATUS, DependencyBinding.ACTIVE)));
    }

    /** The live resource with this id; a deleted one reads as not found. */
    static Versioned<DependencyResource> requireLive(StoreReader r, String organizationId, String id) {
        Versioned<DependencyResource> found = RESOURCES.require(r, organizationId, id);
        if (found.value().isDeleted()) {
            throw AppaloftException.notFound("dependency resource", id);
        }
        return found;
    }
}
