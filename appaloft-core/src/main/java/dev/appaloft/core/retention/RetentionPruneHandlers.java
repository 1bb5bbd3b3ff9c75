package dev.appaloft.core.retention;

import static dev.appaloft.api.catalog.GovernanceOperations.DOMAIN_EVENTS_PRUNE;
import static dev.appaloft.api.catalog.GovernanceOperations.PROVIDER_JOB_LOGS_PRUNE;

import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/** {@code domainEvents.prune} and {@code providerJobLogs.prune}: manual retention, dry run by default. */
public final class RetentionPruneHandlers {

    private RetentionPruneHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        registry.register(DOMAIN_EVENTS_PRUNE, new DomainEventPruning(ctx)::prune);
        registry.register(PROVIDER_JOB_LOGS_PRUNE, new ProviderJobLogPruning(ctx)::prune);
    }
}
