package dev.appaloft.core.audit;

import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;

/**
 * Which audit events a read, an archive or a hold covers within an organization: one aggregate
 * (or any), one event type (or any), created in {@code [from, to)} (each bound optional).
 */
record AuditFilter(String aggregateId, String eventType, Instant from, Instant to) {

    boolean matches(StreamRecord record) {
        return (aggregateId == null || aggregateId.equals(record.subjectId()))
                && (eventType == null || eventType.equals(record.type()))
                && (from == null || !record.at().isBefore(from))
                && (to == null || record.at().isBefore(to));
    }

    /** The stream query of this filter in {@code organizationId} (null: every organization). */
    StreamQuery query(String organizationId, int limit) {
        return StreamQuery.of(organizationId, limit).subject(aggregateId).type(eventType).window(from, to);
    }
}
