package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;

/** Where publications are kept, by project and resource. */
final class StaticPublicationRepository {

    static final Repository<StaticPublication> PUBLICATIONS = Repository
            .of(StoreCollections.STATIC_PUBLICATIONS, StaticPublication.class)
            .id(StaticPublication::id).createdAt(StaticPublication::publishedAt)
            .organization(StaticPublication::organizationId)
            .index(p -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, p.projectId())
                    .with(IndexFields.RESOURCE_ID, p.resourceId()))
            .notFound(id -> AppaloftException.notFound("static artifact publication", id))
            .build();

    private StaticPublicationRepository() {
    }
}
