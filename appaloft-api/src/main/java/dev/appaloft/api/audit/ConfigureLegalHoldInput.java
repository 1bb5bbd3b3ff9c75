package dev.appaloft.api.audit;

/**
 * {@code auditEvents.legalHolds.configure}: an active hold on the organization's events of one
 * aggregate (optionally within {@code [from, to)}) or of a window ({@code from} and {@code to}
 * both), optionally of one type. Held events are never pruned until the hold is released.
 */
public record ConfigureLegalHoldInput(String reason, String aggregateId, String eventType, String from, String to,
                                      String requestedBy) {

    public static ConfigureLegalHoldInput ofAggregate(String reason, String aggregateId) {
        return new ConfigureLegalHoldInput(reason, aggregateId, null, null, null, null);
    }
}
