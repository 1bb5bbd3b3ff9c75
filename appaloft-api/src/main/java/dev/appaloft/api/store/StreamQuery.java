package dev.appaloft.api.store;

import java.time.Instant;

/**
 * A filtered read of one stream ({@link StoreReader#queryStream}): the scoped records of one
 * organization (or of every one, when {@code organizationId} is null; unscoped records never
 * match), optionally about one subject, of one
 * type, appended at a time in {@code [from, to)}, with a sequence number strictly between
 * {@code afterSeq} and {@code beforeSeq} (0 = no bound), oldest first or newest first, at most
 * {@code limit}. Backends keep indexes on (stream, organization, seq), (stream, organization,
 * subject, seq) and on the time of scoped records, so a page is cheap however long the stream.
 */
public record StreamQuery(String organizationId, String subjectId, String type, Instant from, Instant to,
                          long afterSeq, long beforeSeq, boolean descending, int limit) {

    public StreamQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if (afterSeq < 0 || beforeSeq < 0) {
            throw new IllegalArgumentException("sequence bounds are >= 0");
        }
    }

    /** The organization's records (null: every organization's), oldest first, at most {@code limit}. */
    public static StreamQuery of(String organizationId, int limit) {
        return new StreamQuery(organizationId, null, null, null, null, 0, 0, false, limit);
    }

    public StreamQuery subject(String value) {
        return new StreamQuery(organizationId, value, type, from, to, afterSeq, beforeSeq, descending, limit);
    }

    public StreamQuery type(String value) {
        return new StreamQuery(organizationId, subjectId, value, from, to, afterSeq, beforeSeq, descending, limit);
    }

    /** Records appended at {@code from} or later (null: no bound) and before {@code to} (null: no bound). */
    public StreamQuery window(Instant fromInclusive, Instant toExclusive) {
        return new StreamQuery(organizationId, subjectId, type, fromInclusive, toExclusive, afterSeq, beforeSeq,
                descending, limit);
    }

    public StreamQuery after(long seq) {
        return new StreamQuery(organizationId, subjectId, type, from, to, seq, beforeSeq, descending, limit);
    }

    public StreamQuery before(long seq) {
        return new StreamQuery(organizationId, subjectId, type, from, to, afterSeq, seq, descending, limit);
    }

    public StreamQuery newestFirst() {
        return new StreamQuery(organizationId, subjectId, type, from, to, afterSeq, beforeSeq, true, limit);
    }

    /** Whether {@code record} passes every filter (the bounds on seq included); the limit aside. */
    public boolean matches(StreamRecord record) {
        return record.organizationId() != null
                && (organizationId == null || organizationId.equals(record.organizationId()))
                && (subjectId == null || subjectId.equals(record.subjectId()))
                && (type == null || type.equals(record.type()))
                && (from == null || !record.at().isBefore(from))
                && (to == null || record.at().isBefore(to))
                && record.seq() > afterSeq
                && (beforeSeq == 0 || record.seq() < beforeSeq);
    }
}
