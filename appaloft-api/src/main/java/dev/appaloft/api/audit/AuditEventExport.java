package dev.appaloft.api.audit;

import java.util.List;

/** {@code auditEvents.export}: {@code truncated} when more events matched than the limit. */
public record AuditEventExport(String schemaVersion, String aggregateId, AuditExportFilters filters,
                               List<AuditEventDetail> items, int itemCount, boolean truncated, String generatedAt) {

    public static final String SCHEMA = "audit-events.export/v1";
}
