package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_PRUNE;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.sources.PruneSourceEventsInput;
import dev.appaloft.api.sources.SourceEventsPruned;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sourceEvents.prune}: removes the organization's events received before a cutoff (a dry
 * run unless {@code dryRun} is false, which records nothing). The deployments they started stay.
 */
final class SourceEventPruneHandler {

    static final String PRUNED_EVENT = "source-events-pruned";
    private static final int MAX_PER_RUN = 10_000;

    private final CoreContext ctx;

    SourceEventPruneHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    void register(HandlerRegistry registry) {
        registry.register(SOURCE_EVENTS_PRUNE, this::prune);
    }

    SourceEventsPruned prune(PruneSourceEventsInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = v.requiredInstant("before", in.before());
        String projectId = v.optionalText("projectId", in.projectId(), 200);
        String resourceId = v.optionalText("resourceId", in.resourceId(), 200);
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        DocumentQuery query = DocumentQuery.where(SourceEventReadHandlers.scope(actor.organizationId(), projectId,
                        resourceId).with(IndexFields.STATUS, in.status() == null ? null : in.status().wire())
                        .with(SourceEventRepository.SOURCE_KIND, Json.wire(in.sourceKind())))
                .createdBefore(before).limit(MAX_PER_RUN);
        List<SourceEvent> matched = ctx.read(r -> SourceEventRepository.EVENTS.values(r, query));
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        matched.forEach(e -> {
            byStatus.merge(e.status().wire(), 1L, Long::sum);
            byKind.merge(Json.wire(e.sourceKind()), 1L, Long::sum);
        });
        long pruned = 0;
        if (!dryRun && !matched.isEmpty()) {
            pruned = ctx.command(actor, "sourceEvents.prune", uow -> {
                List<Versioned<SourceEvent>> current = SourceEventRepository.EVENTS.query(uow.tx(), query);
                current.forEach(e -> SourceEventRepository.EVENTS.delete(uow.tx(), e));
                uow.event(PRUNED_EVENT, actor.organizationId(), Map.of("before", Timestamps.format(before),
                        "prunedCount", current.size()));
                return (long) current.size();
            });
        }
        return new SourceEventsPruned(SourceEventsPruned.SCHEMA_VERSION, Timestamps.format(before), projectId,
                resourceId, in.status(), in.sourceKind(), dryRun, matched.size(), pruned, byStatus, byKind,
                Timestamps.format(ctx.now()));
    }
}
