package dev.appaloft.core.sources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.sources.SourceEventIngested;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a verified event and starts what it matched. The record (with its one audit event) is
 * written first ({@link SourceEventWrites}, which commits concurrent deliveries together), so a
 * delivery is deduplicated before any deployment starts; the dispatch outcome is then written onto
 * it. A redelivery racing the first one loses on the unique dedupe key and answers as the
 * duplicate it is.
 */
final class SourceEventRecorder {

    static final String RECEIVED_EVENT = "source-event-received";

    private final CoreContext ctx;
    private final SourceEventDispatcher dispatcher;
    private final SourceEventWrites writes;

    SourceEventRecorder(CoreContext ctx, SourceEventDispatcher dispatcher) {
        this.ctx = ctx;
        this.dispatcher = dispatcher;
        this.writes = new SourceEventWrites(ctx, (uow, e) -> {
            SourceEventRepository.EVENTS.insert(uow.tx(), e, uow.now());
            uow.event(RECEIVED_EVENT, e.id(), payload(e));
        });
    }

    /** The event already recorded under this dedupe key, as the answer to its redelivery. */
    Optional<SourceEventIngested> duplicate(String dedupeKey) {
        return ctx.read(r -> duplicate(r, dedupeKey));
    }

    static Optional<SourceEventIngested> duplicate(dev.appaloft.api.store.StoreReader reader, String dedupeKey) {
        return SourceEventRepository.EVENTS.findByKey(reader, dedupeKey).map(v -> deduped(v.value()));
    }

    /** What runs once the event is recorded: its policy results; {@code created} collects the deployment ids. */
    interface Work {
        List<SourceEvent.PolicyResult> run(String sourceEventId, List<String> created);
    }

    SourceEventIngested record(Actor origin, SourceEventFacts facts, SourceEventMatcher.Outcome outcome,
                               String dedupeKey) {
        return record(origin, facts, outcome, dedupeKey, outcome.targets().isEmpty() ? null
                : (id, created) -> dispatcher.dispatch(id, outcome, facts.revision(), created));
    }

    /** Records the event, then runs {@code work} (null: nothing to do) and writes its outcome onto the event. */
    SourceEventIngested record(Actor origin, SourceEventFacts facts, SourceEventMatcher.Outcome outcome,
                               String dedupeKey, Work work) {
        String id = Ids.next("sevt");
        Actor actor = new Actor(Actor.Kind.SYSTEM, "webhook:" + Json.wire(facts.sourceKind()),
                outcome.organizationId(), Actor.Role.DEVELOPER).from(origin.origin());
        SourceEvent event = new SourceEvent(id, outcome.organizationId(), outcome.projectId(),
                facts.scopeResourceId(), facts.sourceKind(), facts.ref().kind(), facts.identity(), facts.rawRef(),
                facts.revision(), facts.deliveryId(), dedupeKey, facts.verificationMethod(), outcome.status(),
                outcome.matched(), outcome.ignored(), outcome.results(), List.of(), List.of(), ctx.now(),
                facts.before());
        boolean written;
        try {
            written = writes.record(actor, event);
        } catch (dev.appaloft.api.error.AppaloftException e) {
            if (!(e.getCause() instanceof StoreConflictException)) {
                throw e;
            }
            written = false; // another process recorded the same delivery a moment ago
        }
        if (!written) {
            return duplicate(dedupeKey).orElseThrow(() -> new IllegalStateException("a delivery whose dedupe key "
                    + "is taken has no event"));
        }
        if (work == null) {
            return ingested(event);
        }
        List<String> created = new ArrayList<>();
        List<SourceEvent.PolicyResult> results = work.run(id, created);
        SourceEvent done = ctx.store().transaction(tx -> {
            Versioned<SourceEvent> current = SourceEventRepository.EVENTS.find(tx, id).orElseThrow();
            SourceEvent next = current.value().settled(results, created);
            SourceEventRepository.EVENTS.update(tx, current, next, ctx.now());
            return next;
        });
        ctx.signals().changed();
        return ingested(done);
    }

    private static Map<String, Object> payload(SourceEvent e) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sourceKind", Json.wire(e.sourceKind()));
        payload.put("eventKind", Json.wire(e.eventKind()));
        payload.put("ref", e.ref());
        payload.put("revision", e.revision());
        payload.put("status", e.status().wire());
        payload.put("matchedResourceIds", e.matchedResourceIds());
        return payload;
    }

    static SourceEventIngested ingested(SourceEvent e) {
        return new SourceEventIngested(e.id(), e.status(), e.matchedResourceIds(), e.createdDeploymentIds(),
                e.ignoredReasons(), null);
    }

    private static SourceEventIngested deduped(SourceEvent e) {
        return new SourceEventIngested(e.id(), SourceEventStatus.DEDUPED, e.matchedResourceIds(),
                e.createdDeploymentIds(), e.ignoredReasons(), e.id());
    }
}
