package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads through one handle; valid only inside the read or transaction that opened it. */
class JdbcReader implements StoreReader {

    final Handle handle;
    private final Map<String, DocumentTable> tables;

    JdbcReader(Handle handle, Map<String, DocumentTable> tables) {
        this.handle = handle;
        this.tables = tables;
    }

    /** The table of a known collection; unknown names are refused before any SQL is built. */
    final DocumentTable table(String collection) {
        return tables.get(StoreCollections.require(collection));
    }

    @Override
    public Optional<Document> find(String collection, String id) {
        return table(collection).find(handle, id);
    }

    @Override
    public List<Document> findAll(String collection, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : table(collection).findAll(handle, ids);
    }

    @Override
    public Optional<Document> findByUniqueKey(String collection, String uniqueKey) {
        return table(collection).findByKey(handle, uniqueKey);
    }

    @Override
    public List<Document> query(String collection, DocumentQuery query) {
        return table(collection).query(handle, query);
    }

    @Override
    public long count(String collection, DocumentQuery query) {
        return table(collection).count(handle, query);
    }

    @Override
    public Map<String, Long> countBy(String collection, DocumentQuery query, String field) {
        return table(collection).countBy(handle, query, field);
    }

    @Override
    public List<Document> newestBy(String collection, DocumentQuery query, String field) {
        return table(collection).newestBy(handle, query, field);
    }

    @Override
    public Map<String, StreamRecord> lastRecords(Collection<String> streams) {
        return StreamTables.lastRecords(handle, streams);
    }

    @Override
    public List<StreamRecord> readStream(String stream, long afterSeq, int limit) {
        return StreamTables.read(handle, stream, afterSeq, limit);
    }

    @Override
    public List<StreamRecord> queryStream(String stream, dev.appaloft.api.store.StreamQuery query) {
        return StreamQueries.query(handle, stream, query);
    }

    @Override
    public long streamHead(String stream) {
        return StreamTables.head(handle, stream);
    }
}
