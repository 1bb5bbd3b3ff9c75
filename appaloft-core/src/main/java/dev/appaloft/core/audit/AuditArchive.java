package dev.appaloft.core.audit;

import dev.appaloft.api.audit.AuditArchiveDetail;
import dev.appaloft.api.audit.AuditArchiveSummary;
import dev.appaloft.api.audit.AuditEventDetail;
import dev.appaloft.api.audit.AuditScope;
import dev.appaloft.api.common.Timestamps;
import java.time.Instant;
import java.util.List;

/**
 * An archive as stored: what it was made of, its digest, and the stream positions of the events
 * it holds (so prune can keep them while the archive retains its source rows). Never changed
 * after it is made; its items live in {@link AuditArchiveItems}.
 */
record AuditArchive(String id, String organizationId, String aggregateId, String eventType, Instant from, Instant to,
                    String reason, int itemCount, boolean truncated, String contentDigest, boolean retainSourceRows,
                    Instant createdAt, List<Long> sourceSeqs) {

    AuditScope source() {
        return new AuditScope(aggregateId == null ? AuditScope.GLOBAL_WINDOW : AuditScope.AGGREGATE, aggregateId,
                Timestamps.format(from), Timestamps.format(to));
    }

    AuditArchiveSummary summary() {
        return new AuditArchiveSummary(id, AuditArchiveSummary.ARCHIVE_SCHEMA, source(), eventType, reason, itemCount,
                truncated, contentDigest, retainSourceRows, Timestamps.format(createdAt));
    }

    AuditArchiveDetail detail(List<AuditEventDetail> items) {
        return new AuditArchiveDetail(id, AuditArchiveSummary.ARCHIVE_SCHEMA, source(), eventType, reason, itemCount,
                truncated, contentDigest, retainSourceRows, Timestamps.format(createdAt), items);
    }
}
