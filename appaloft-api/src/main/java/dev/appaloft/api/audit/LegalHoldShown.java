package dev.appaloft.api.audit;

/** {@code auditEvents.legalHolds.show}. */
public record LegalHoldShown(String schemaVersion, LegalHoldView hold, String generatedAt) {

    public static final String SCHEMA = "audit-events.legal-holds.show/v1";
}
