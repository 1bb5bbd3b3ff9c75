package dev.appaloft.core.internal;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The typed repository of one aggregate: its collection, how a value is identified, indexed and
 * keyed, which organization owns it and which values are hidden (deleted). Every read through
 * {@link #findIn}/{@link #require}/{@link #scope} is scoped to one organization, so another
 * organization's id reads exactly like a missing one (404). Area repositories keep only their own
 * rules on top (which keys, which error a taken key is).
 */
public final class Repository<T> {

    /** Turns a store conflict into the aggregate's own error; {@code null} lets the conflict through. */
    @FunctionalInterface
    public interface Conflicts<T> {
        RuntimeException translate(StoreReader reader, StoreConflictException conflict, T value);
    }

    private final String collection;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Function<T, Instant> createdAt;
    private final Function<T, String> organization;
    private final Function<T, DocumentIndex> index;
    private final Function<T, Set<String>> keys;
    private final Predicate<T> visible;
    private final Set<String> hiddenStatuses;
    private final Function<String, RuntimeException> notFound;
    private final Conflicts<T> conflicts;

    private Repository(Builder<T> b) {
        this.collection = StoreCollections.require(b.collection);
        this.type = b.type;
        this.id = Objects.requireNonNull(b.id, "id");
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.organization = b.organization;
        this.index = b.index;
        this.keys = b.keys;
        this.visible = b.visible;
        this.hiddenStatuses = Set.copyOf(b.hiddenStatuses);
        this.notFound = b.notFound;
        this.conflicts = b.conflicts;
    }

    public static <T> Builder<T> of(String collection, Class<T> type) {
        return new Builder<>(collection, type);
    }

    public String collection() {
        return collection;
    }

    /** The document of any organization, hidden or not: for the few callers that scope themselves. */
    public Optional<Versioned<T>> find(StoreReader reader, String documentId) {
        return documentId == null ? Optional.empty() : reader.find(collection, documentId).map(this::decode);
    }

    /** The organization's visible value with this id. */
    public Optional<Versioned<T>> findIn(StoreReader reader, String organizationId, String documentId) {
        return find(reader, documentId).filter(v -> owned(v.value(), organizationId) && visible.test(v.value()));
    }

    /** As {@link #findIn}, or the aggregate's not-found error (which never says it exists elsewhere). */
    public Versioned<T> require(StoreReader reader, String organizationId, String documentId) {
        return findIn(reader, organizationId, documentId).orElseThrow(() -> notFound.apply(documentId));
    }

    public Optional<Versioned<T>> findByKey(StoreReader reader, String uniqueKey) {
        return reader.findByUniqueKey(collection, uniqueKey).map(this::decode);
    }

    /** The organization's visible values: a query to narrow, order and page further. */
    public DocumentQuery scope(String organizationId) {
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(organizationId));
        return hiddenStatuses.isEmpty() ? query : query.statusNotIn(hiddenStatuses);
    }

    public List<Versioned<T>> query(StoreReader reader, DocumentQuery query) {
        return reader.query(collection, query).stream().map(this::decode).toList();
    }

    public List<T> values(StoreReader reader, DocumentQuery query) {
        return reader.query(collection, query).stream().map(d -> Json.readAggregate(d.body(), type)).toList();
    }

    /** The values with these ids, in no particular order, in one store round trip. */
    public List<Versioned<T>> findAll(StoreReader reader, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : reader.findAll(collection, ids).stream().map(this::decode).toList();
    }

    /** The newest matching value per value of the TEXT index field {@code field}. */
    public List<T> newestBy(StoreReader reader, DocumentQuery query, String field) {
        return reader.newestBy(collection, query, field).stream().map(d -> Json.readAggregate(d.body(), type)).toList();
    }

    public long count(StoreReader reader, DocumentQuery query) {
        return reader.count(collection, query);
    }

    public void insert(StoreTransaction tx, T value, Instant now) {
        try {
            tx.insert(collection, draft(value, now));
        } catch (StoreConflictException e) {
            throw translated(tx, e, value);
        }
    }

    public void update(StoreTransaction tx, Versioned<T> before, T after, Instant now) {
        try {
            tx.update(collection, draft(after, now), before.version());
        } catch (StoreConflictException e) {
            throw translated(tx, e, after);
        }
    }

    public void delete(StoreTransaction tx, Versioned<T> value) {
        tx.delete(collection, id.apply(value.value()), value.version());
    }

    private RuntimeException translated(StoreReader reader, StoreConflictException e, T value) {
        RuntimeException mapped = conflicts.translate(reader, e, value);
        return mapped == null ? e : mapped;
    }

    private DocumentDraft draft(T value, Instant now) {
        DocumentIndex ix = index.apply(value);
        if (organization != null) {
            ix = ix.with(IndexFields.ORGANIZATION_ID, organization.apply(value));
        }
        return new DocumentDraft(id.apply(value), ix, keys.apply(value), Json.write(value), createdAt.apply(value), now);
    }

    private boolean owned(T value, String organizationId) {
        return organization == null || organizationId == null || organizationId.equals(organization.apply(value));
    }

    private Versioned<T> decode(Document document) {
        return new Versioned<>(Json.readAggregate(document.body(), type), document.version());
    }

    /** How an aggregate is stored; only the id and creation time are required. */
    public static final class Builder<T> {
        private final String collection;
        private final Class<T> type;
        private Function<T, String> id;
        private Function<T, Instant> createdAt;
        private Function<T, String> organization;
        private Function<T, DocumentIndex> index = v -> DocumentIndex.NONE;
        private Function<T, Set<String>> keys = v -> Set.of();
        private Predicate<T> visible = v -> true;
        private Set<String> hiddenStatuses = Set.of();
        private Function<String, RuntimeException> notFound;
        private Conflicts<T> conflicts = (r, e, v) -> null;

        private Builder(String collection, Class<T> type) {
            this.collection = collection;
            this.type = type;
            this.notFound = missing -> dev.appaloft.api.error.AppaloftException.notFound(collection, missing);
        }

        public Builder<T> id(Function<T, String> value) {
            this.id = value;
            return this;
        }

        public Builder<T> createdAt(Function<T, Instant> value) {
            this.createdAt = value;
            return this;
        }

        /** The owning organization: indexed as {@code organization_id} and checked on every scoped read. */
        public Builder<T> organization(Function<T, String> value) {
            this.organization = value;
            return this;
        }

        /** The other index fields (the organization is added by {@link #organization}). */
        public Builder<T> index(Function<T, DocumentIndex> value) {
            this.index = value;
            return this;
        }

        public Builder<T> keys(Function<T, Set<String>> value) {
            this.keys = value;
            return this;
        }

        /** Values that read as absent (deleted ones), and the indexed statuses list scopes skip. */
        public Builder<T> hidden(Predicate<T> hiddenValue, Set<String> statuses) {
            this.visible = hiddenValue.negate();
            this.hiddenStatuses = statuses;
            return this;
        }

        public Builder<T> notFound(Function<String, RuntimeException> value) {
            this.notFound = value;
            return this;
        }

        public Builder<T> conflicts(Conflicts<T> value) {
            this.conflicts = value;
            return this;
        }

        public Repository<T> build() {
            return new Repository<>(this);
        }
    }
}
