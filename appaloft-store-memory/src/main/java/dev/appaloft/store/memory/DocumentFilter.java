package dev.appaloft.store.memory;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@link DocumentQuery} semantics over documents in memory: filters, (createdAt, id) order, cursor. */
final class DocumentFilter {

    private static final Comparator<Document> OLDEST_FIRST =
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
        DocumentIndex where = query.where();
        DocumentIndex index = document.index();
        String status = index.status();
        return equalWhenSet(where.organizationId(), index.organizationId())
                && equalWhenSet(where.projectId(), index.projectId())
                && equalWhenSet(where.environmentId(), index.environmentId())
                && equalWhenSet(where.resourceId(), index.resourceId())
                && equalWhenSet(where.serverId(), index.serverId())
                && equalWhenSet(where.status(), status)
                && (query.statusIn().isEmpty() || (status != null && query.statusIn().contains(status)))
                && (status == null || !query.statusNotIn().contains(status));
    }

    private static boolean isAfterCursor(Document document, DocumentQuery query, Comparator<Document> order) {
        if (query.afterId() == null) {
            return true;
        }
        Instant at = query.afterCreatedAt().truncatedTo(ChronoUnit.MILLIS); // as stored
        Document cursor = new Document(query.afterId(), 0, DocumentIndex.NONE, Set.of(), "", at, at);
        return order.compare(document, cursor) > 0;
    }

    private static boolean equalWhenSet(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
