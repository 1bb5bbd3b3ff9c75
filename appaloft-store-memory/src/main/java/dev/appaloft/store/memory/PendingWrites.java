package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction's writes, kept apart from the committed data until commit. A null value in the
 * document or key maps records a deletion. Reads through it see the committed data overlaid by
 * these writes; the committed data cannot change meanwhile because writers are serialised.
 */
final class PendingWrites implements MemoryView {

    private final MemoryData committed;
    private final Map<String, Map<String, Document>> documents = new HashMap<>();
    private final Map<String, Map<String, String>> keyHolders = new HashMap<>();
    private final Map<String, List<StreamRecord>> appended = new HashMap<>();
    private final java.util.Set<String> truncated = new java.util.HashSet<>();
    private final List<WorkItem> enqueued = new ArrayList<>();

    PendingWrites(MemoryData committed) {
        this.committed = committed;
    }

    @Override
    public Document document(String collection, String id) {
        Map<String, Document> changed = documents.get(collection);
        if (changed != null && changed.containsKey(id)) {
            return changed.get(id);
        }
        return committed.document(collection, id);
    }

    @Override
    public Iterable<Document> documents(String collection) {
        Map<String, Document> changed = documents.getOrDefault(collection, Map.of());
        List<Document> all = new ArrayList<>();
        for (Document document : committed.documents(collection)) {
            if (!changed.containsKey(document.id())) {
                all.add(document);
            }
        }
        for (Document document : changed.values()) {
            if (document != null) {
                all.add(document);
            }
        }
        return all;
    }

    @Override
    public String keyHolder(String collection, String key) {
        Map<String, String> changed = keyHolders.get(collection);
        if (changed != null && changed.containsKey(key)) {
            return changed.get(key);
        }
        return committed.keyHolder(collection, key);
    }

    @Override
    public List<StreamRecord> stream(String stream) {
        List<StreamRecord> mine = appended.get(stream);
        if (mine == null) {
            return committed.stream(stream);
        }
        if (truncated.contains(stream)) {
            return mine;
        }
        List<StreamRecord> all = new ArrayList<>(committed.stream(stream));
        all.addAll(mine);
        return all;
    }

    @Override
    public long streamHead(String stream) {
        List<StreamRecord> mine = appended.getOrDefault(stream, List.of());
        return truncated.contains(stream) ? mine.size() : committed.streamHead(stream) + mine.size();
    }

    void putDocument(String collection, String id, Document document) {
        documents.computeIfAbsent(collection, c -> new HashMap<>()).put(id, document);
    }

    void putKeyHolder(String collection, String key, String holder) {
        keyHolders.computeIfAbsent(collection, c -> new HashMap<>()).put(key, holder);
    }

    /** Truncated records become gaps (null), so positions and the head stay as they were. */
    long truncate(String stream) {
        List<StreamRecord> current = stream(stream);
        long removed = current.stream().filter(java.util.Objects::nonNull).count();
        List<StreamRecord> gaps = new ArrayList<>(java.util.Collections.nCopies(current.size(), (StreamRecord) null));
        truncated.add(stream);
        appended.put(stream, gaps);
        return removed;
    }

    /** As {@link #truncate}, for the records with these sequence numbers only. */
    long remove(String stream, java.util.Set<Long> seqs) {
        List<StreamRecord> current = stream(stream);
        List<StreamRecord> kept = new ArrayList<>(current.size());
        long removed = 0;
        for (StreamRecord record : current) {
            boolean drop = record != null && seqs.contains(record.seq());
            removed += drop ? 1 : 0;
            kept.add(drop ? null : record);
        }
        if (removed > 0) {
            truncated.add(stream);
            appended.put(stream, kept);
        }
        return removed;
    }

    void append(StreamRecord record) {
        appended.computeIfAbsent(record.stream(), s -> new ArrayList<>()).add(record);
    }

    void enqueue(WorkItem item) {
        enqueued.add(item);
    }

    /** The item this transaction enqueued with {@code key}, or null. */
    WorkItem enqueuedWithKey(String key) {
        for (WorkItem item : enqueued) {
            if (key.equals(item.idempotencyKey())) {
                return item;
            }
        }
        return null;
    }

    /** Work items to publish to the queue at commit (not part of {@link MemoryData}). */
    List<WorkItem> enqueued() {
        return enqueued;
    }

    /** Copies every write into the committed data; the caller holds the store's write lock. */
    void applyTo(MemoryData target) {
        documents.forEach((collection, changed) -> changed.forEach((id, doc) -> target.putDocument(collection, id, doc)));
        keyHolders.forEach((collection, changed) -> changed.forEach((key, id) -> target.putKeyHolder(collection, key, id)));
        appended.forEach((stream, records) -> {
            if (truncated.contains(stream)) {
                target.replace(stream, records);
            } else {
                target.appendAll(stream, records);
            }
        });
    }
}
