package dev.appaloft.api.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A filtered, ordered, paged read of one collection, run by the store (never by the caller in
 * memory). Filters on declared index fields: {@code where} (every value equal; a TEXT_SET field
 * holds it), {@code anyOf} (the value is one of a set; an empty set matches nothing), {@code noneOf}
 * (an absent value passes), {@code atLeast}/{@code below} ranges on NUMBER fields (an absent value
 * fails), and {@code createdBefore}. Order is (createdAt, id) ({@code descending}: newest first),
 * with a keyset cursor and a limit.
 */
public record DocumentQuery(
        DocumentIndex where,
        Map<String, Set<Object>> anyOf,
        Map<String, Set<Object>> noneOf,
        Map<String, Long> atLeast,
        Map<String, Long> below,
        Instant createdBefore,
        boolean descending,
        Instant afterCreatedAt,
        String afterId,
        int limit) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public DocumentQuery {
        Objects.requireNonNull(where, "where");
        anyOf = Map.copyOf(anyOf);
        noneOf = Map.copyOf(noneOf);
        atLeast = Map.copyOf(atLeast);
        below = Map.copyOf(below);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor needs both afterCreatedAt and afterId");
        }
    }

    /** Every document, oldest first. */
    public static DocumentQuery all() {
        return where(DocumentIndex.NONE);
    }

    public static DocumentQuery where(DocumentIndex where) {
        return new DocumentQuery(where, Map.of(), Map.of(), Map.of(), Map.of(), null, false, null, null, UNLIMITED);
    }

    /** Only documents whose {@code field} is one of {@code values}. */
    public DocumentQuery anyOf(String field, Collection<?> values) {
        return new DocumentQuery(where, put(anyOf, field, Set.copyOf(values)), noneOf, atLeast, below, createdBefore,
                descending, afterCreatedAt, afterId, limit);
    }

    /** Only documents whose {@code field} is absent or none of {@code values}. */
    public DocumentQuery noneOf(String field, Collection<?> values) {
        return new DocumentQuery(where, anyOf, put(noneOf, field, Set.copyOf(values)), atLeast, below, createdBefore,
                descending, afterCreatedAt, afterId, limit);
    }

    /** Only documents whose NUMBER {@code field} is at least {@code bound}. */
    public DocumentQuery atLeast(String field, long bound) {
        return new DocumentQuery(where, anyOf, noneOf, put(atLeast, field, bound), below, createdBefore, descending,
                afterCreatedAt, afterId, limit);
    }

    /** Only documents whose NUMBER {@code field} is below {@code bound}. */
    public DocumentQuery below(String field, long bound) {
        return new DocumentQuery(where, anyOf, noneOf, atLeast, put(below, field, bound), createdBefore, descending,
                afterCreatedAt, afterId, limit);
    }

    /** Only documents created strictly before {@code instant}. */
    public DocumentQuery createdBefore(Instant instant) {
        return new DocumentQuery(where, anyOf, noneOf, atLeast, below, instant, descending, afterCreatedAt, afterId,
                limit);
    }

    public DocumentQuery statusIn(Set<String> statuses) {
        return anyOf(IndexFields.STATUS, statuses);
    }

    public DocumentQuery statusNotIn(Set<String> statuses) {
        return noneOf(IndexFields.STATUS, statuses);
    }

    /** The same query, newest first (descending on createdAt, then id). */
    public DocumentQuery newestFirst() {
        return new DocumentQuery(where, anyOf, noneOf, atLeast, below, createdBefore, true, afterCreatedAt, afterId,
                limit);
    }

    /** Only documents strictly after (createdAt, id) in this query's order. */
    public DocumentQuery after(Instant createdAt, String id) {
        return new DocumentQuery(where, anyOf, noneOf, atLeast, below, createdBefore, descending, createdAt, id, limit);
    }

    public DocumentQuery limit(int max) {
        return new DocumentQuery(where, anyOf, noneOf, atLeast, below, createdBefore, descending, afterCreatedAt,
                afterId, max);
    }

    private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> next = new TreeMap<>(map);
        next.put(Objects.requireNonNull(key, "field"), value);
        return next;
    }
}
