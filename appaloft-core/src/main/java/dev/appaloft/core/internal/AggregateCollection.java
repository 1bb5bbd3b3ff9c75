package dev.appaloft.core.internal;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One aggregate type's documents: how to index it, which unique keys it holds, and typed reads
 * and writes. Repositories use it for the plumbing and keep their own rules (scoping, visibility).
 */
public final class AggregateCollection<T> {

    private final String name;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Function<T, Instant> createdAt;
    private final Function<T, DocumentIndex> index;
    private final Function<T, Set<String>> keys;

    public AggregateCollection(String name, Class<T> type, Function<T, String> id, Function<T, Instant> createdAt,
                               Function<T, DocumentIndex> index, Function<T, Set<String>> keys) {
        this.name = name;
        this.type = type;
        this.id = id;
        this.createdAt = createdAt;
        this.index = index;
        this.keys = keys;
    }

    public String name() {
        return name;
    }

    public Optional<Versioned<T>> find(StoreReader reader, String documentId) {
        return documentId == null ? Optional.empty() : reader.find(name, documentId).map(this::decode);
    }

    public Optional<Versioned<T>> findByKey(StoreReader reader, String uniqueKey) {
        return reader.findByUniqueKey(name, uniqueKey).map(this::decode);
    }

    public List<Versioned<T>> query(StoreReader reader, DocumentQuery query) {
        return reader.query(name, query).stream().map(this::decode).toList();
    }

    public long count(StoreReader reader, DocumentQuery query) {
        return reader.count(name, query);
    }

    public void insert(StoreTransaction tx, T value, Instant now) {
        tx.insert(name, new DocumentDraft(id.apply(value), index.apply(value), keys.apply(value), Json.write(value),
                createdAt.apply(value), now));
    }

    public void update(StoreTransaction tx, Versioned<T> before, T after, Instant now) {
        tx.update(name, new DocumentDraft(id.apply(after), index.apply(after), keys.apply(after), Json.write(after),
                createdAt.apply(after), now), before.version());
    }

    public void delete(StoreTransaction tx, Versioned<T> value) {
        tx.delete(name, id.apply(value.value()), value.version());
    }

    private Versioned<T> decode(Document document) {
        return new Versioned<>(Json.readAggregate(document.body(), type), document.version());
    }
}
