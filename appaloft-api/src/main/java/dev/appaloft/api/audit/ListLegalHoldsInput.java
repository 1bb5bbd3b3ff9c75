package dev.appaloft.api.audit;

/**
 * {@code auditEvents.legalHolds.list}: newest first, optionally of one status, aggregate and type;
 * {@code limit} 1..100 (default 50); {@code cursor} a previous {@code nextCursor}.
 */
public record ListLegalHoldsInput(String status, String aggregateId, String eventType, Integer limit, String cursor) {

    public static ListLegalHoldsInput all() {
        return new ListLegalHoldsInput(null, null, null, null, null);
    }
}
