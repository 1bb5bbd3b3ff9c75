package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.Streamable;
import dev.appaloft.api.common.StreamedBody;
import java.util.List;

/** {@code auditEvents.exportGlobal}; as {@code ndjson} or {@code csv}, {@link #streamed()} writes the items. */
public record GlobalAuditEventExport(String schemaVersion, AuditExportFilters filters, List<AuditEventDetail> items,
                                     int itemCount, boolean truncated, String generatedAt,
                                     @JsonIgnore StreamedBody streamed) implements Streamable {

    public static final String SCHEMA = "audit-events.export-global/v1";

    public GlobalAuditEventExport(String schemaVersion, AuditExportFilters filters, List<AuditEventDetail> items,
                                  int itemCount, boolean truncated, String generatedAt) {
        this(schemaVersion, filters, items, itemCount, truncated, generatedAt, null);
    }
}
