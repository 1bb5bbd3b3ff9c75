package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamRecord;
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
    public Optional<Document> findByUniqueKey(String collection, String uniqueKey) {
        String holder = view.keyHolder(StoreCollections.require(collection), uniqueKey);
        return holder == null ? Optional.empty() : find(collection, holder);
    }

    @Override
    public List<Document> query(String collection, DocumentQuery query) {
        return DocumentFilter.select(view.documents(StoreCollections.require(collection)), query);
    }

    @Override
    public long count(String collection, DocumentQuery query) {
        return DocumentFilter.count(view.documents(StoreCollections.require(collection)), query);
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

    @Override
    public long streamHead(String stream) {
        return view.streamHead(stream);
    }
}
