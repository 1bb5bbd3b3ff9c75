package dev.appaloft.core.audit;

import dev.appaloft.api.audit.AuditScope;
import dev.appaloft.api.audit.LegalHoldView;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;

/** A legal hold as stored: active until released; a released hold stays, read-only. */
record LegalHold(String id, String organizationId, String status, String aggregateId, String eventType, Instant from,
                 Instant to, String reason, String requestedBy, Instant createdAt, Instant releasedAt,
                 String releaseReason, String releasedBy) {

    boolean active() {
        return LegalHoldView.ACTIVE.equals(status);
    }

    AuditFilter filter() {
        return new AuditFilter(aggregateId, eventType, from, to);
    }

    boolean holds(StreamRecord record) {
        return active() && filter().matches(record);
    }

    LegalHold released(Instant at, String why, String by) {
        return new LegalHold(id, organizationId, LegalHoldView.RELEASED, aggregateId, eventType, from, to, reason,
                requestedBy, createdAt, at, why, by);
    }

    LegalHoldView view() {
        AuditScope scope = new AuditScope(aggregateId == null ? AuditScope.GLOBAL_WINDOW : AuditScope.AGGREGATE,
                aggregateId, Timestamps.format(from), Timestamps.format(to));
        return new LegalHoldView(id, status, scope, eventType, reason, requestedBy, Timestamps.format(createdAt),
                Timestamps.format(releasedAt), releaseReason, releasedBy);
    }
}
