package dev.appaloft.api.retention;

/**
 * {@code domainEvents.prune}: the caller's organization's domain events that occurred before
 * {@code before} (an ISO instant, required), optionally of one event type, aggregate, aggregate
 * type (the event type's prefix: {@code deployment.created} is a {@code deployment} event) or
 * deployment (events about it or naming it in their payload). {@code limit} (1..10,000) bounds the
 * candidates of one call; without it every match is taken. A dry run (the default) only counts.
 */
public record PruneDomainEventsInput(String before, String eventType, String aggregateId, String aggregateType,
                                     String deploymentId, Integer limit, Boolean dryRun) {

    /** Every event of the organization before {@code before}; {@code dryRun} false removes them. */
    public static PruneDomainEventsInput before(String before, boolean dryRun) {
        return new PruneDomainEventsInput(before, null, null, null, null, null, dryRun);
    }
}
