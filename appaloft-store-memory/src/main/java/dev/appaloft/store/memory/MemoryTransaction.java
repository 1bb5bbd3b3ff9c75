package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreConflictException.Kind;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Buffers writes in {@link PendingWrites}; every check happens before anything is written. */
final class MemoryTransaction extends MemoryReader implements StoreTransaction {

    private final PendingWrites pending;
    private final MemoryWorkQueue work;
    private StoreConflictException conflict;

    MemoryTransaction(PendingWrites pending, MemoryWorkQueue work) {
        super(pending);
        this.pending = pending;
        this.work = work;
    }

    @Override
    public Document insert(String collection, DocumentDraft draft) {
        StoreCollections.require(collection);
        if (pending.document(collection, draft.id()) != null) {
            throw conflict(Kind.DUPLICATE_ID, collection, draft.id());
        }
        requireKeysFree(collection, draft);
        return write(collection, draft, 1);
    }

    @Override
    public Document update(String collection, DocumentDraft draft, long expectedVersion) {
        StoreCollections.require(collection);
        Document current = pending.document(collection, draft.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict(Kind.VERSION, collection, draft.id());
        }
        requireKeysFree(collection, draft);
        releaseKeys(collection, current);
        return write(collection, draft, expectedVersion + 1);
    }

    @Override
    public void delete(String collection, String id, long expectedVersion) {
        StoreCollections.require(collection);
        Document current = pending.document(collection, id);
        if (current == null || current.version() != expectedVersion) {
            throw conflict(Kind.VERSION, collection, id);
        }
        releaseKeys(collection, current);
        pending.putDocument(collection, id, null);
    }

    @Override
    public StreamRecord append(String stream, StreamEntry entry) {
        StreamRecord record = new StreamRecord(stream, pending.streamHead(stream) + 1, entry.type(), entry.body(),
                millis(entry.at()), entry.organizationId(), entry.subjectId());
        pending.append(record);
        return record;
    }

    @Override
    public long truncateStream(String stream) {
        return pending.truncate(stream);
    }

    @Override
    public long deleteStreamRecords(String stream, java.util.Collection<Long> seqs) {
        return seqs.isEmpty() ? 0 : pending.remove(stream, java.util.Set.copyOf(seqs));
    }

    @Override
    public WorkItem enqueue(WorkRequest request) {
        return work.enqueueIn(pending, request);
    }

    /** The conflict the work swallowed, if any: the store must roll back instead of committing. */
    StoreConflictException swallowedConflict() {
        return conflict;
    }

    private void requireKeysFree(String collection, DocumentDraft draft) {
        for (String key : draft.uniqueKeys()) {
            String holder = pending.keyHolder(collection, key);
            if (holder != null && !holder.equals(draft.id())) {
                throw conflict(Kind.UNIQUE_KEY, collection, key);
            }
        }
    }

    private void releaseKeys(String collection, Document current) {
        for (String key : current.uniqueKeys()) {
            pending.putKeyHolder(collection, key, null);
        }
    }

    private Document write(String collection, DocumentDraft draft, long version) {
        StoreCollections.spec(collection).check(draft.index());
        Document document = new Document(draft.id(), version, draft.index(), draft.uniqueKeys(), draft.body(),
                millis(draft.createdAt()), millis(draft.updatedAt()));
        pending.putDocument(collection, draft.id(), document);
        for (String key : draft.uniqueKeys()) {
            pending.putKeyHolder(collection, key, draft.id());
        }
        return document;
    }

    private StoreConflictException conflict(Kind kind, String collection, String key) {
        StoreConflictException e = new StoreConflictException(kind, collection, key);
        if (conflict == null) {
            conflict = e;
        }
        return e;
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
