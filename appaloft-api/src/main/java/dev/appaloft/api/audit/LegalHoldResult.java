package dev.appaloft.api.audit;

/** {@code auditEvents.legalHolds.configure} and {@code release}: the hold as it now is. */
public record LegalHoldResult(String schemaVersion, LegalHoldView hold) {

    public static final String SCHEMA = "audit-events.legal-holds.hold/v1";
}
