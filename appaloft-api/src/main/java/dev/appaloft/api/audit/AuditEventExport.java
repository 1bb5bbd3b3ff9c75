package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.Streamable;
import dev.appaloft.api.common.StreamedBody;
import java.util.List;

/**
 * {@code auditEvents.export}: {@code truncated} when more events matched than the limit. An export
 * asked for as {@code ndjson} or {@code csv} has no items here: {@link #streamed()} writes them.
 */
public record AuditEventExport(String schemaVersion, String aggregateId, AuditExportFilters filters,
                               List<AuditEventDetail> items, int itemCount, boolean truncated, String generatedAt,
                               @JsonIgnore StreamedBody streamed) implements Streamable {

    public static final String SCHEMA = "audit-events.export/v1";

    public AuditEventExport(String schemaVersion, String aggregateId, AuditExportFilters filters,
                            List<AuditEventDetail> items, int itemCount, boolean truncated, String generatedAt) {
        this(schemaVersion, aggregateId, filters, items, itemCount, truncated, generatedAt, null);
    }
}
