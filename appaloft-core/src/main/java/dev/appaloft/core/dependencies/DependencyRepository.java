package dev.appaloft.core.dependencies;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
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

    private DependencyRepository() {
    }

    static String slugKey(String environmentId, String slug) {
        return "slug:" + environmentId + ":" + slug;
    }

    static AppaloftException slugTaken(String environmentId, String slug) {
        return new AppaloftException(ErrorCode.DEPENDENCY_RESOURCE_SLUG_CONFLICT, "environment " + environmentId
                + " already has a dependency resource with the slug \"" + slug + "\"");
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
