package dev.appaloft.api.audit;

/** {@code auditEvents.legalHolds.show}. */
public record ShowLegalHoldInput(String holdId) {
}
