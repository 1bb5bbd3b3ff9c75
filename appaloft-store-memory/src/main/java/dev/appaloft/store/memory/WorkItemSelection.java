package dev.appaloft.store.memory;

import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@link WorkFilter} semantics over items in memory, in the order the SQL backends use. */
final class WorkItemSelection {

    static final Comparator<WorkItem> NEWEST_FIRST =
            Comparator.comparing(WorkItem::createdAt).thenComparing(WorkItem::id).reversed();
    static final Comparator<WorkItem> DUE_FIRST =
            Comparator.comparing(WorkItem::nextAttemptAt).thenComparing(WorkItem::id);

    private WorkItemSelection() {
    }

    static List<WorkItem> list(Iterable<WorkItem> items, WorkFilter filter) {
        if (filter.limit() == 0) {
            return List.of();
        }
        return matching(items, filter).filter(item -> afterCursor(item, filter)).sorted(NEWEST_FIRST)
                .limit(filter.limit()).toList();
    }

    static long count(Iterable<WorkItem> items, WorkFilter filter) {
        return matching(items, filter).count();
    }

    private static Stream<WorkItem> matching(Iterable<WorkItem> items, WorkFilter filter) {
        Instant before = millis(filter.createdBefore());
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(item -> filter.kinds().isEmpty() || filter.kinds().contains(item.kind()))
                .filter(item -> filter.statuses().isEmpty() || filter.statuses().contains(item.status()))
                .filter(item -> filter.organizationId() == null
                        || filter.organizationId().equals(item.organizationId()))
                .filter(item -> filter.references().entrySet().stream()
                        .allMatch(ref -> ref.getValue().equals(item.references().get(ref.getKey()))))
                .filter(item -> filter.retried() == null || filter.retried() == (item.attempts() > 0))
                .filter(item -> before == null || item.createdAt().isBefore(before));
    }

    private static boolean afterCursor(WorkItem item, WorkFilter filter) {
        if (filter.afterId() == null) {
            return true;
        }
        int byTime = item.createdAt().compareTo(millis(filter.afterCreatedAt()));
        return byTime < 0 || (byTime == 0 && item.id().compareTo(filter.afterId()) < 0);
    }

    private static Instant millis(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
