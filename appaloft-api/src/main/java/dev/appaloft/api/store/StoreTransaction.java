package dev.appaloft.api.store;

import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import java.util.Collection;

/**
 * The writes of one unit of work. Reads through this interface see the transaction's own writes.
 */
public interface StoreTransaction extends StoreReader {

    /**
     * Inserts a document at version 1. Raises {@link StoreConflictException} ({@code DUPLICATE_ID})
     * when the id exists, or ({@code UNIQUE_KEY}) when one of its unique keys is held by another
     * document of the collection.
     */
    Document insert(String collection, DocumentDraft draft);

    /**
     * Replaces the document {@code draft.id()} if its stored version is {@code expectedVersion},
     * and returns it at {@code expectedVersion + 1}. Its unique keys become exactly
     * {@code draft.uniqueKeys()}. Raises {@link StoreConflictException} ({@code VERSION}) when the
     * document is missing or at another version, ({@code UNIQUE_KEY}) when a new key is taken.
     */
    Document update(String collection, DocumentDraft draft, long expectedVersion);

    /** Removes the document and its unique keys; {@code VERSION} conflict as for update. */
    void delete(String collection, String id, long expectedVersion);

    /**
     * Appends a record to {@code stream} and returns it with its sequence number: 1 for the first
     * record of a stream, then one more than the previous; numbers are never reused and become
     * visible in order (a reader never sees seq n+1 before seq n).
     */
    StreamRecord append(String stream, StreamEntry entry);

    /**
     * Removes every record of {@code stream} (retention: pruned logs). The head stays where it was,
     * so later appends continue the numbering and a reader's cursor never points at a reused number.
     * Returns how many records were removed.
     */
    long truncateStream(String stream);

    /**
     * Removes the records of {@code stream} with these sequence numbers (retention: pruned events);
     * numbers that are not stored are ignored. As with {@link #truncateStream}, the head stays and
     * numbers are never reused; the other records keep theirs. Returns how many records were removed.
     */
    long deleteStreamRecords(String stream, Collection<Long> seqs);

    /**
     * Enqueues work that commits or rolls back with this transaction, as
     * {@link dev.appaloft.api.store.work.WorkQueue#enqueue} does on its own (same idempotency).
     */
    WorkItem enqueue(WorkRequest request);
}
