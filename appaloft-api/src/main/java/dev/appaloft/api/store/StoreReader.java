package dev.appaloft.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of committed documents and streams. */
public interface StoreReader {

    Optional<Document> find(String collection, String id);

    /** The documents with these ids that exist, in no particular order: one round trip for a page. */
    List<Document> findAll(String collection, Collection<String> ids);

    /** The document that holds {@code uniqueKey} in {@code collection}, if any. */
    Optional<Document> findByUniqueKey(String collection, String uniqueKey);

    /** Documents matching {@code query}, ordered by (createdAt, id) as it asks, at most its limit. */
    List<Document> query(String collection, DocumentQuery query);

    /** How many documents match {@code query}'s filters (its order, cursor and limit are ignored). */
    long count(String collection, DocumentQuery query);

    /**
     * How many documents matching {@code query} hold each value of the TEXT field {@code field}
     * (documents without it are not counted): one grouped count instead of one count per value.
     */
    Map<String, Long> countBy(String collection, DocumentQuery query, String field);

    /**
     * For each value of the TEXT field {@code field} among the documents matching {@code query}, the
     * newest of them by (createdAt, id): "the latest deployment of each resource" in one query.
     * The query's order, cursor and limit are ignored.
     */
    List<Document> newestBy(String collection, DocumentQuery query, String field);

    /** The newest record of each of these streams that has one still stored, by stream. */
    Map<String, StreamRecord> lastRecords(Collection<String> streams);

    /** Records of {@code stream} with a sequence number greater than {@code afterSeq}, oldest first. */
    List<StreamRecord> readStream(String stream, long afterSeq, int limit);

    /**
     * Records of {@code stream} that pass {@code query}'s filters, in sequence order (newest first
     * when it asks), at most its limit. Unscoped records never match an organization or subject filter.
     */
    List<StreamRecord> queryStream(String stream, StreamQuery query);

    /** The highest sequence number of {@code stream}, 0 when it is empty. */
    long streamHead(String stream);
}
