package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_REPLAY;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.sources.ReplaySourceEventInput;
import dev.appaloft.api.sources.SourceEventIgnoredReason;
import dev.appaloft.api.sources.SourceEventReplayed;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.sources.SourceKind;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sourceEvents.replay}: runs a recorded event through today's links and policies (in its own
 * organization) and starts a new deployment of each resource that matches, pinned to nothing but
 * the resource's current source, as the original delivery did. A repeated {@code idempotencyKey}
 * answers the earlier replay and starts nothing.
 */
final class SourceEventReplayHandler {

    static final String REPLAYED_EVENT = "source-event-replayed";

    private final CoreContext ctx;
    private final SourceEventDispatcher dispatcher;

    SourceEventReplayHandler(CoreContext ctx, SourceEventDispatcher dispatcher) {
        this.ctx = ctx;
        this.dispatcher = dispatcher;
    }

    void register(HandlerRegistry registry) {
        registry.register(SOURCE_EVENTS_REPLAY, this::replay);
    }

    SourceEventReplayed replay(ReplaySourceEventInput in, Actor actor) {
        Validation v = new Validation();
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        SourceEvent event = SourceEventReadHandlers.require(ctx, actor, in.sourceEventId(), in.projectId(),
                in.resourceId());
        if (key != null) {
            for (SourceEvent.Replay earlier : event.replays()) {
                if (key.equals(earlier.idempotencyKey())) {
                    return view(event.id(), earlier);
                }
            }
        }
        SourceEventMatcher.Outcome outcome = only(match(event), Validation.filter(in.resourceId()));
        List<String> created = new ArrayList<>();
        SourceEventStatus status = outcome.status();
        if (!outcome.targets().isEmpty()) {
            List<SourceEvent.PolicyResult> results = dispatcher.dispatch(event.id(), outcome, event.revision(), created);
            status = results.stream().anyMatch(r -> SourceEvent.PolicyResult.DISPATCH_FAILED.equals(r.status()))
                    ? SourceEventStatus.FAILED : SourceEventStatus.DISPATCHED;
        }
        SourceEvent.Replay replay = new SourceEvent.Replay(key, status, outcome.matched(), created, outcome.ignored(),
                ctx.now());
        ctx.command(actor, "sourceEvents.replay", uow -> {
            Versioned<SourceEvent> current = SourceEventRepository.EVENTS.require(uow.tx(), actor.organizationId(),
                    event.id());
            SourceEventRepository.EVENTS.update(uow.tx(), current, current.value().replayed(replay), uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("status", replay.status().wire());
            payload.put("matchedResourceIds", replay.matchedResourceIds());
            payload.put("createdDeploymentIds", replay.createdDeploymentIds());
            uow.event(REPLAYED_EVENT, event.id(), payload);
            return null;
        });
        return view(event.id(), replay);
    }

    private SourceEventMatcher.Outcome match(SourceEvent event) {
        GitRef ref = GitRef.parse(event.ref()).orElseThrow();
        SourceEventFacts facts = new SourceEventFacts(event.sourceKind(), event.verificationMethod(), event.identity(),
                SourceFingerprint.repository(event.identity().locator()), event.ref(),
                event.eventKind() == ref.kind() ? ref : new GitRef(event.eventKind(), ref.name()), event.revision(),
                event.deliveryId(), null, event.scopeResourceId(), event.before());
        return ctx.read(r -> {
            if (event.sourceKind() == SourceKind.GENERIC_SIGNED) {
                Resource resource = SourceEventMatcher.resource(r, event.organizationId(), event.scopeResourceId());
                return resource == null ? SourceEventMatcher.Outcome.nothing(event.organizationId())
                        : SourceEventMatcher.forResource(resource, facts);
            }
            List<SourceEventMatcher.Outcome> outcomes = SourceEventMatcher.byLinks(r, facts, event.organizationId());
            return outcomes.isEmpty() ? SourceEventMatcher.Outcome.nothing(event.organizationId()) : outcomes.get(0);
        });
    }

    /** The outcome narrowed to one resource, when the replay names one. */
    private static SourceEventMatcher.Outcome only(SourceEventMatcher.Outcome outcome, String resourceId) {
        if (resourceId == null) {
            return outcome;
        }
        List<SourceEventMatcher.Target> targets = outcome.targets().stream()
                .filter(t -> t.resource().id().equals(resourceId)).toList();
        List<SourceEvent.PolicyResult> results = outcome.results().stream()
                .filter(r -> r.resourceId().equals(resourceId)).toList();
        List<String> matched = outcome.matched().stream().filter(resourceId::equals).toList();
        List<SourceEventIgnoredReason> ignored = results.isEmpty() ? List.of(SourceEventIgnoredReason.NO_MATCHING_POLICY)
                : outcome.ignored();
        SourceEventStatus status = !matched.isEmpty() ? SourceEventStatus.ACCEPTED
                : results.stream().anyMatch(r -> SourceEvent.PolicyResult.BLOCKED.equals(r.status()))
                ? SourceEventStatus.BLOCKED : SourceEventStatus.IGNORED;
        return new SourceEventMatcher.Outcome(outcome.organizationId(), outcome.projectId(), status, matched,
                matched.isEmpty() ? ignored : List.of(), results, targets);
    }

    private static SourceEventReplayed view(String id, SourceEvent.Replay r) {
        return new SourceEventReplayed(SourceEventReplayed.SCHEMA_VERSION, id, r.status(), r.matchedResourceIds(),
                r.createdDeploymentIds(), r.ignoredReasons(), Timestamps.format(r.at()));
    }
}
