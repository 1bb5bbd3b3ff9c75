package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Set;

/**
 * One stored aggregate: its JSON body, the version used for optimistic concurrency, the indexed
 * columns queries filter on, and the unique keys it holds within its collection.
 */
public record Document(
        String id,
        long version,
        DocumentIndex index,
        Set<String> uniqueKeys,
        String body,
        Instant createdAt,
        Instant updatedAt) {

    public Document {
        uniqueKeys = Set.copyOf(uniqueKeys);
    }

    /** A draft that replaces this document's body and index, for {@link StoreTransaction#update}. */
    public DocumentDraft toDraft(DocumentIndex newIndex, Set<String> newUniqueKeys, String newBody, Instant at) {
        return new DocumentDraft(id, newIndex, newUniqueKeys, newBody, createdAt, at);
    }
}
