package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.StreamRecord;
import java.util.List;

/** What a reader sees: the committed data, or the committed data under a transaction's writes. */
interface MemoryView {

    /** The document, or null. */
    Document document(String collection, String id);

    Iterable<Document> documents(String collection);

    /** The id of the document holding {@code key}, or null. */
    String keyHolder(String collection, String key);

    /** Records of {@code stream} in sequence order; the record with seq n is at index n - 1. */
    List<StreamRecord> stream(String stream);

    long streamHead(String stream);
}
