package dev.appaloft.api.audit;

/** {@code auditEvents.legalHolds.release}: the reason is required; releasing twice is a conflict. */
public record ReleaseLegalHoldInput(String holdId, String releaseReason, String releasedBy) {
}
