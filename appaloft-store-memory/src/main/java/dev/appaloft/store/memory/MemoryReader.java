package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads over a {@link MemoryView}; valid only inside the read or transaction that made it. */
class MemoryReader implements StoreReader {

    private final MemoryView view;

    MemoryReader(MemoryView view) {
        this.view = view;
    }

    @Override
    public Optional<Document> find(String collection, String id) {
        return Optional.ofNullable(view.document(StoreCollections.require(collection), id));
    }

    @Override
    public List<Document> findAll(String collection, Collection<String> ids) {
        StoreCollections.require(collection);
        List<Document> found = new ArrayList<>(ids.size());
        for (String id : java.util.Set.copyOf(ids)) {
            Document document = view.document(collection, id);
            if (document != null) {
                found.add(document);
            }
        }
        return found;
    }

    @Override
    public Optional<Document> findByUniqueKey(String collection, String uniqueKey) {
        String holder = view.keyHolder(StoreCollections.require(collection), uniqueKey);
        return holder == null ? Optional.empty() : find(collection, holder);
    }

    @Override
    public List<Document> query(String collection, DocumentQuery query) {
        DocumentQuery checked = StoreCollections.spec(collection).check(query); // refuses unknown names first
        return DocumentFilter.select(view.documents(collection), checked);
    }

    @Override
    public long count(String collection, DocumentQuery query) {
        DocumentQuery checked = StoreCollections.spec(collection).check(query);
        return DocumentFilter.count(view.documents(collection), checked);
    }

    @Override
    public Map<String, Long> countBy(String collection, DocumentQuery query, String field) {
        DocumentQuery checked = StoreCollections.spec(collection).checkGrouping(query, field);
        return GroupedReads.countBy(view.documents(collection), checked, field);
    }

    @Override
    public List<Document> newestBy(String collection, DocumentQuery query, String field) {
        DocumentQuery checked = StoreCollections.spec(collection).checkGrouping(query, field);
        return GroupedReads.newestBy(view.documents(collection), checked, field);
    }

    @Override
    public Map<String, StreamRecord> lastRecords(Collection<String> streams) {
        Map<String, StreamRecord> last = new HashMap<>();
        for (String stream : java.util.Set.copyOf(streams)) {
            List<StreamRecord> records = view.stream(stream);
            StreamRecord newest = records.isEmpty() ? null : records.get(records.size() - 1);
            if (newest != null) { // a truncated stream keeps its numbering but not its records
                last.put(stream, newest);
            }
        }
        return last;
    }

    @Override
    public List<StreamRecord> readStream(String stream, long afterSeq, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        List<StreamRecord> records = view.stream(stream);
        List<StreamRecord> found = new java.util.ArrayList<>(Math.min(limit, 64));
        // positions are seq - 1; truncated records are null gaps
        for (int i = (int) Math.min(Math.max(afterSeq, 0), records.size()); i < records.size() && found.size() < limit; i++) {
            if (records.get(i) != null) {
                found.add(records.get(i));
            }
        }
        return List.copyOf(found);
    }

    /** A scan of the stream (memory has no index to use): fine for the sizes a memory store holds. */
    @Override
    public List<StreamRecord> queryStream(String stream, dev.appaloft.api.store.StreamQuery query) {
        List<StreamRecord> records = view.stream(stream);
        List<StreamRecord> found = new java.util.ArrayList<>(Math.min(query.limit(), 64));
        int n = records.size();
        for (int k = 0; k < n && found.size() < query.limit(); k++) {
            StreamRecord record = records.get(query.descending() ? n - 1 - k : k);
            if (record != null && query.matches(record)) {
                found.add(record);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public long streamHead(String stream) {
        return view.streamHead(stream);
    }
}
