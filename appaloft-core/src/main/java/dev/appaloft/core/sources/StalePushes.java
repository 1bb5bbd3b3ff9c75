package dev.appaloft.core.sources;

import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A push delivered after a newer one of the same ref must not deploy: GitHub does not deliver in
 * order. A push is stale for a resource when an event already recorded for it moved the same ref
 * <em>from</em> this push's commit (its {@code before} is this {@code after}): the ref has gone past
 * it. The older delivery is then recorded, ignored, and deploys nothing.
 */
final class StalePushes {

    static final String SUPERSEDED = "source_event_superseded";
    /** How far back to look: deliveries of one ref arrive within moments of each other. */
    private static final int WINDOW = 200;

    private StalePushes() {
    }

    static SourceEventMatcher.Outcome withoutSuperseded(StoreReader reader, SourceEventMatcher.Outcome outcome,
                                                         SourceEventFacts facts) {
        if (outcome.targets().isEmpty() || facts.revision() == null) {
            return outcome;
        }
        List<SourceEventMatcher.Target> targets = new ArrayList<>();
        List<SourceEvent.PolicyResult> results = new ArrayList<>(outcome.results());
        List<String> matched = new ArrayList<>(outcome.matched());
        for (SourceEventMatcher.Target target : outcome.targets()) {
            String resourceId = target.resource().id();
            if (superseded(reader, outcome.organizationId(), resourceId, facts)) {
                matched.remove(resourceId);
                results.replaceAll(r -> r.resourceId().equals(resourceId) ? new SourceEvent.PolicyResult(resourceId,
                        SourceEvent.PolicyResult.IGNORED, null, null, SUPERSEDED) : r);
            } else {
                targets.add(target);
            }
        }
        SourceEventStatus status = targets.isEmpty() ? SourceEventStatus.IGNORED : outcome.status();
        return new SourceEventMatcher.Outcome(outcome.organizationId(), outcome.projectId(), status, matched,
                outcome.ignored(), results, targets);
    }

    private static boolean superseded(StoreReader reader, String organizationId, String resourceId,
                                      SourceEventFacts facts) {
        return SourceEventRepository.EVENTS.values(reader, DocumentQuery.where(DocumentIndex.ofOrganization(
                        organizationId).with(SourceEventRepository.RESOURCE_IDS, resourceId)).newestFirst().limit(WINDOW))
                .stream().anyMatch(e -> facts.rawRef().equals(e.ref()) && facts.revision().equals(e.before()));
    }
}
