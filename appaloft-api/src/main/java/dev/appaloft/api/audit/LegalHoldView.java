package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A legal hold: {@code active} or {@code released} (kept, with who released it, when and why). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHoldView(String holdId, String status, AuditScope scope, String eventType, String reason,
                            String requestedBy, String createdAt, String releasedAt, String releaseReason,
                            String releasedBy) {

    public static final String ACTIVE = "active";
    public static final String RELEASED = "released";
}
