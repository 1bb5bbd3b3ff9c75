package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The grouped reads ({@code countBy}, {@code newestBy}) over documents in memory. */
final class GroupedReads {

    private GroupedReads() {
    }

    static Map<String, Long> countBy(Iterable<Document> documents, DocumentQuery query, String field) {
        Map<String, Long> counts = new HashMap<>();
        for (Document document : documents) {
            if (document.index().get(field) instanceof String value && DocumentFilter.matches(document, query)) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return counts;
    }

    static List<Document> newestBy(Iterable<Document> documents, DocumentQuery query, String field) {
        Map<String, Document> newest = new HashMap<>();
        for (Document document : documents) {
            if (document.index().get(field) instanceof String value && DocumentFilter.matches(document, query)) {
                newest.merge(value, document, (a, b) -> DocumentFilter.OLDEST_FIRST.compare(a, b) >= 0 ? a : b);
            }
        }
        return new ArrayList<>(newest.values());
    }
}
