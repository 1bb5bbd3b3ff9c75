package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Filters on the indexed columns (every non-null field of {@code where} must be equal), optional
 * status inclusion/exclusion, an order on (createdAt, id) ({@code descending}: newest first), a
 * keyset cursor and a limit.
 */
public record DocumentQuery(
        DocumentIndex where,
        Set<String> statusIn,
        Set<String> statusNotIn,
        boolean descending,
        Instant afterCreatedAt,
        String afterId,
        int limit) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public DocumentQuery {
        Objects.requireNonNull(where, "where");
        statusIn = statusIn == null ? Set.of() : Set.copyOf(statusIn);
        statusNotIn = statusNotIn == null ? Set.of() : Set.copyOf(statusNotIn);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor needs both afterCreatedAt and afterId");
        }
    }

    /** Every document, oldest first. */
    public static DocumentQuery all() {
        return new DocumentQuery(DocumentIndex.NONE, Set.of(), Set.of(), false, null, null, UNLIMITED);
    }

    public static DocumentQuery where(DocumentIndex where) {
        return new DocumentQuery(where, Set.of(), Set.of(), false, null, null, UNLIMITED);
    }

    public DocumentQuery statusIn(Set<String> statuses) {
        return new DocumentQuery(where, statuses, statusNotIn, descending, afterCreatedAt, afterId, limit);
    }

    public DocumentQuery statusNotIn(Set<String> statuses) {
        return new DocumentQuery(where, statusIn, statuses, descending, afterCreatedAt, afterId, limit);
    }

    /** The same query, newest first (descending on createdAt, then id). */
    public DocumentQuery newestFirst() {
        return new DocumentQuery(where, statusIn, statusNotIn, true, afterCreatedAt, afterId, limit);
    }

    /** Only documents strictly after (createdAt, id) in this query's order. */
    public DocumentQuery after(Instant createdAt, String id) {
        return new DocumentQuery(where, statusIn, statusNotIn, descending, createdAt, id, limit);
    }

    public DocumentQuery limit(int max) {
        return new DocumentQuery(where, statusIn, statusNotIn, descending, afterCreatedAt, afterId, max);
    }
}
