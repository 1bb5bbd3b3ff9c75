package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code auditEvents.legalHolds.list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHoldList(String schemaVersion, List<LegalHoldView> items, String nextCursor, String generatedAt) {

    public static final String SCHEMA = "audit-events.legal-holds.list/v1";
}
