package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreConflictException.Kind;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes inside one database transaction. Conflicts are found through row counts ({@code ON
 * CONFLICT DO NOTHING}, {@code WHERE version = ?}), never through failed statements, so a
 * PostgreSQL transaction is not aborted by them; the store still rolls back after any conflict.
 */
final class JdbcTransaction extends JdbcReader implements StoreTransaction {

    private StoreConflictException conflict;

    private final SqlDialect dialect;
    private final JdbcWorkQueue work;

    JdbcTransaction(Handle handle, Map<String, DocumentTable> tables, SqlDialect dialect, JdbcWorkQueue work) {
        super(handle, tables);
        this.dialect = dialect;
        this.work = work;
    }

    @Override
    public Document insert(String collection, DocumentDraft draft) {
        DocumentTable table = table(collection);
        Document doc = document(draft, 1);
        if (!table.insert(handle, doc)) {
            throw conflict(Kind.DUPLICATE_ID, collection, draft.id());
        }
        claimKeys(collection, doc);
        return doc;
    }

    @Override
    public Document update(String collection, DocumentDraft draft, long expectedVersion) {
        DocumentTable table = table(collection);
        Document doc = document(draft, expectedVersion + 1);
        if (!table.update(handle, doc, expectedVersion)) {
            throw conflict(Kind.VERSION, collection, draft.id());
        }
        UniqueKeys.releaseAll(handle, collection, doc.id());
        claimKeys(collection, doc);
        return doc;
    }

    @Override
    public void delete(String collection, String id, long expectedVersion) {
        if (!table(collection).delete(handle, id, expectedVersion)) {
            throw conflict(Kind.VERSION, collection, id);
        }
        UniqueKeys.releaseAll(handle, collection, id);
    }

    @Override
    public StreamRecord append(String stream, StreamEntry entry) {
        return StreamTables.append(handle, dialect, stream, entry);
    }

    @Override
    public long truncateStream(String stream) {
        return StreamTables.truncate(handle, stream);
    }

    @Override
    public long deleteStreamRecords(String stream, java.util.Collection<Long> seqs) {
        return StreamTables.delete(handle, stream, seqs);
    }

    @Override
    public WorkItem enqueue(WorkRequest request) {
        return work.enqueueOn(handle, request);
    }

    /** The first conflict raised here, even if the work swallowed it: the store must roll back. */
    StoreConflictException conflict() {
        return conflict;
    }

    private void claimKeys(String collection, Document doc) {
        if (!doc.uniqueKeys().isEmpty()) {
            String taken = UniqueKeys.claim(handle, collection, doc.id(), doc.uniqueKeys());
            if (taken != null) {
                throw conflict(Kind.UNIQUE_KEY, collection, taken);
            }
        }
    }

    private static Document document(DocumentDraft draft, long version) {
        return new Document(draft.id(), version, draft.index(), draft.uniqueKeys(), draft.body(),
                draft.createdAt().truncatedTo(ChronoUnit.MILLIS), draft.updatedAt().truncatedTo(ChronoUnit.MILLIS));
    }

    private StoreConflictException conflict(Kind kind, String collection, String key) {
        StoreConflictException e = new StoreConflictException(kind, collection, key);
        if (conflict == null) {
            conflict = e;
        }
        return e;
    }
}
