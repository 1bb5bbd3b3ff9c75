package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a caller writes: the store assigns the version. Timestamps are kept to the millisecond. */
public record DocumentDraft(
        String id,
        DocumentIndex index,
        Set<String> uniqueKeys,
        String body,
        Instant createdAt,
        Instant updatedAt) {

    public DocumentDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        uniqueKeys = Set.copyOf(uniqueKeys);
    }
}
