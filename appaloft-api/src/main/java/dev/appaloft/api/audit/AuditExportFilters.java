package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The filters an export applied (the limit always; {@code aggregateId} only in a global export). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditExportFilters(String aggregateId, String eventType, String from, String to, int limit) {
}
