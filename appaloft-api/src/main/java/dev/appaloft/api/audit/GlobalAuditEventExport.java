package dev.appaloft.api.audit;

import java.util.List;

/** {@code auditEvents.exportGlobal}. */
public record GlobalAuditEventExport(String schemaVersion, AuditExportFilters filters, List<AuditEventDetail> items,
                                     int itemCount, boolean truncated, String generatedAt) {

    public static final String SCHEMA = "audit-events.export-global/v1";
}
