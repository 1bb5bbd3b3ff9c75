package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StreamRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committed state. Guarded by {@link MemoryStore}: mutated only while its write lock is held. */
final class MemoryData implements MemoryView {

    private final Map<String, Map<String, Document>> documents = new HashMap<>();
    private final Map<String, Map<String, String>> keyHolders = new HashMap<>();
    private final Map<String, List<StreamRecord>> streams = new HashMap<>();

    MemoryData() {
        for (String collection : StoreCollections.ALL) {
            documents.put(collection, new HashMap<>());
            keyHolders.put(collection, new HashMap<>());
        }
    }

    @Override
    public Document document(String collection, String id) {
        return documents.get(collection).get(id);
    }

    @Override
    public Iterable<Document> documents(String collection) {
        return documents.get(collection).values();
    }

    @Override
    public String keyHolder(String collection, String key) {
        return keyHolders.get(collection).get(key);
    }

    @Override
    public List<StreamRecord> stream(String stream) {
        return streams.getOrDefault(stream, List.of());
    }

    @Override
    public long streamHead(String stream) {
        return stream(stream).size();
    }

    void putDocument(String collection, String id, Document document) {
        if (document == null) {
            documents.get(collection).remove(id);
        } else {
            documents.get(collection).put(id, document);
        }
    }

    void putKeyHolder(String collection, String key, String holder) {
        if (holder == null) {
            keyHolders.get(collection).remove(key);
        } else {
            keyHolders.get(collection).put(key, holder);
        }
    }

    void replace(String stream, List<StreamRecord> records) {
        streams.put(stream, new ArrayList<>(records));
    }

    void appendAll(String stream, List<StreamRecord> records) {
        streams.computeIfAbsent(stream, s -> new ArrayList<>()).addAll(records);
    }
}
