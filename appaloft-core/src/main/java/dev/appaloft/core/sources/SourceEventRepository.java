package dev.appaloft.core.sources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Repository;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where source events are kept; a delivery's dedupe key is a unique key, so a redelivery cannot be stored twice. */
final class SourceEventRepository {

    static final String RESOURCE_IDS = "resource_ids";
    static final String SOURCE_KIND = "source_kind";

    static final Repository<SourceEvent> EVENTS = Repository.of(StoreCollections.SOURCE_EVENTS, SourceEvent.class)
            .id(SourceEvent::id).createdAt(SourceEvent::receivedAt).organization(SourceEvent::organizationId)
            .index(e -> DocumentIndex.NONE.with(IndexFields.PROJECT_ID, e.projectId())
                    .with(RESOURCE_IDS, e.resourceIds().isEmpty() ? null : e.resourceIds())
                    .with(IndexFields.STATUS, e.status().wire())
                    .with(SOURCE_KIND, Json.wire(e.sourceKind())))
            .keys(e -> Set.of(e.dedupeKey()))
            .notFound(SourceEventRepository::notFound)
            .build();

    private SourceEventRepository() {
    }

    static AppaloftException notFound(String id) {
        return new AppaloftException(ErrorCode.SOURCE_EVENT_NOT_FOUND, "source event " + id + " was not found",
                List.of(), Map.of("entity", "source event", "id", id), null);
    }
}
