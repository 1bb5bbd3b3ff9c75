package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link DocumentQuery} semantics over documents in memory: filters, (createdAt, id) order, cursor. */
final class DocumentFilter {

    /** The store's order on (createdAt, id); grouped reads pick the newest by it too. */
    static final Comparator<Document> OLDEST_FIRST =
            Comparator.comparing(Document::createdAt).thenComparing(Document::id);

    private DocumentFilter() {
    }

    static List<Document> select(Iterable<Document> documents, DocumentQuery query) {
        if (query.limit() == 0) {
            return List.of();
        }
        Comparator<Document> order = query.descending() ? OLDEST_FIRST.reversed() : OLDEST_FIRST;
        List<Document> selected = new ArrayList<>();
        for (Document document : documents) {
            if (matches(document, query) && isAfterCursor(document, query, order)) {
                selected.add(document);
            }
        }
        selected.sort(order);
        return List.copyOf(selected.subList(0, Math.min(query.limit(), selected.size())));
    }

    static long count(Iterable<Document> documents, DocumentQuery query) {
        long count = 0;
        for (Document document : documents) {
            if (matches(document, query)) {
                count++;
            }
        }
        return count;
    }

    static boolean matches(Document document, DocumentQuery query) {
        Map<String, Object> values = document.index().values();
        for (Map.Entry<String, Object> wanted : query.where().values().entrySet()) {
            if (!holdsAny(values.get(wanted.getKey()), Set.of(wanted.getValue()))) {
                return false;
            }
        }
        for (Map.Entry<String, Set<Object>> any : query.anyOf().entrySet()) {
            if (!holdsAny(values.get(any.getKey()), any.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Set<Object>> none : query.noneOf().entrySet()) {
            if (holdsAny(values.get(none.getKey()), none.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Long> bound : query.atLeast().entrySet()) {
            if (!(values.get(bound.getKey()) instanceof Long v) || v < bound.getValue()) {
                return false;
            }
        }
        for (Map.Entry<String, Long> bound : query.below().entrySet()) {
            if (!(values.get(bound.getKey()) instanceof Long v) || v >= bound.getValue()) {
                return false;
            }
        }
        return query.createdBefore() == null
                || document.createdAt().isBefore(query.createdBefore().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Whether a stored value (one value, or a TEXT_SET's set) holds one of {@code wanted}. */
    private static boolean holdsAny(Object stored, Set<Object> wanted) {
        if (stored == null) {
            return false;
        }
        if (stored instanceof Set<?> set) {
            return set.stream().anyMatch(wanted::contains);
        }
        return wanted.contains(stored);
    }

    private static boolean isAfterCursor(Document document, DocumentQuery query, Comparator<Document> order) {
        if (query.afterId() == null) {
            return true;
        }
        Instant at = query.afterCreatedAt().truncatedTo(ChronoUnit.MILLIS); // as stored
        Document cursor = new Document(query.afterId(), 0, DocumentIndex.NONE, Set.of(), "", at, at);
        return order.compare(document, cursor) > 0;
    }

}
