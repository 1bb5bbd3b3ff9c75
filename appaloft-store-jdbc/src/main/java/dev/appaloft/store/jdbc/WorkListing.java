package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.work.PruneResult;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Listing, counting and pruning work items, filtered and ordered in SQL. */
final class WorkListing {

    private WorkListing() {
    }

    static List<WorkItem> list(Handle handle, WorkFilter filter) {
        if (filter.limit() == 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(WorkRows.COLUMNS).append(" FROM work_items WHERE 1 = 1");
        appendFilters(filter, sql, args);
        if (filter.afterId() != null) {
            sql.append(" AND (created_at, id) < (?, ?)");
            args.add(filter.afterCreatedAt().toEpochMilli());
            args.add(filter.afterId());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        args.add(filter.limit());
        Query query = handle.createQuery(sql.toString());
        WorkSql.bindFrom(query, 0, args);
        return query.map(WorkRows::map).list();
    }

    static long count(Handle handle, WorkFilter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM work_items WHERE 1 = 1");
        appendFilters(filter, sql, args);
        Query query = handle.createQuery(sql.toString());
        WorkSql.bindFrom(query, 0, args);
        return query.mapTo(Long.class).one();
    }

    /** Dry run: counts per status. Otherwise deletes (references go with their items) and counts what went. */
    static PruneResult prune(Handle handle, String organizationId, Set<WorkStatus> statuses, Instant before,
                             boolean dryRun) {
        String where = " FROM work_items WHERE finished_at < ? AND status IN (" + WorkSql.placeholders(statuses.size())
                + ")" + (organizationId == null ? "" : " AND organization_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(before.toEpochMilli());
        statuses.forEach(status -> args.add(status.wire()));
        if (organizationId != null) {
            args.add(organizationId);
        }
        Map<WorkStatus, Long> counts = new EnumMap<>(WorkStatus.class);
        if (dryRun) {
            Query query = handle.createQuery("SELECT status, COUNT(*)" + where + " GROUP BY status");
            WorkSql.bindFrom(query, 0, args);
            query.map((rs, ctx) -> Map.entry(WorkStatus.fromWire(rs.getString(1)), rs.getLong(2)))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
        } else {
            Query query = handle.createQuery("DELETE" + where + " RETURNING status");
            WorkSql.bindFrom(query, 0, args);
            query.mapTo(String.class).forEach(status -> counts.merge(WorkStatus.fromWire(status), 1L, Long::sum));
        }
        return PruneResult.of(counts, dryRun);
    }

    private static void appendFilters(WorkFilter filter, StringBuilder sql, List<Object> args) {
        if (!filter.kinds().isEmpty()) {
            sql.append(" AND kind IN (").append(WorkSql.placeholders(filter.kinds().size())).append(')');
            args.addAll(filter.kinds());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(WorkSql.placeholders(filter.statuses().size())).append(')');
            filter.statuses().forEach(status -> args.add(status.wire()));
        }
        if (filter.organizationId() != null) {
            sql.append(" AND organization_id = ?");
            args.add(filter.organizationId());
        }
        filter.references().forEach((key, value) -> {
            sql.append(" AND id IN (SELECT item_id FROM work_item_refs WHERE ref_key = ? AND ref_value = ?)");
            args.add(key);
            args.add(value);
        });
        if (filter.retried() != null) {
            sql.append(filter.retried() ? " AND attempts > 0" : " AND attempts = 0");
        }
        if (filter.createdBefore() != null) {
            sql.append(" AND created_at < ?");
            args.add(filter.createdBefore().truncatedTo(ChronoUnit.MILLIS).toEpochMilli());
        }
    }
}
