package dev.appaloft.api;

import static dev.appaloft.api.catalog.GovernanceOperations.DOMAIN_EVENTS_PRUNE;

import dev.appaloft.api.retention.DomainEventsPruned;
import dev.appaloft.api.retention.PruneDomainEventsInput;

/** The {@code domainEvents.*} operations: the retained stream of domain events. */
public final class DomainEventsApi {

    private final OperationExecutor executor;

    public DomainEventsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    /** Removes (or, by default, only counts) the organization's events that occurred before a cutoff. */
    public DomainEventsPruned prune(PruneDomainEventsInput input) {
        return executor.execute(DOMAIN_EVENTS_PRUNE, input);
    }
}
