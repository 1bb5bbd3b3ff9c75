package dev.appaloft.api.audit;

import java.util.List;
import java.util.Map;

/**
 * One audit event with its payload: primitive values and string lists only; a value under a
 * sensitive key, or a nested value, reads {@code "[redacted]"} and its key is in {@code redactedFields}.
 */
public record AuditEventDetail(String auditEventId, String aggregateId, String eventType, String createdAt,
                               Map<String, Object> payload, List<String> redactedFields) {

    public static final String REDACTED = "[redacted]";
}
