package dev.appaloft.api.store;

import java.util.List;
import java.util.Optional;

/** Reads of committed documents and streams. */
public interface StoreReader {

    Optional<Document> find(String collection, String id);

    /** The document that holds {@code uniqueKey} in {@code collection}, if any. */
    Optional<Document> findByUniqueKey(String collection, String uniqueKey);

    /** Documents matching {@code query}, ordered by (createdAt, id) as it asks, at most its limit. */
    List<Document> query(String collection, DocumentQuery query);

    /** How many documents match {@code query}'s filters (its order, cursor and limit are ignored). */
    long count(String collection, DocumentQuery query);

    /** Records of {@code stream} with a sequence number greater than {@code afterSeq}, oldest first. */
    List<StreamRecord> readStream(String stream, long afterSeq, int limit);

    /** The highest sequence number of {@code stream}, 0 when it is empty. */
    long streamHead(String stream);
}
