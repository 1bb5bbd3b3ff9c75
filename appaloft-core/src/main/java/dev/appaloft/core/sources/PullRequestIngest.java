package dev.appaloft.core.sources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.sources.SourceEventIngested;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.previews.PreviewLifecycle;
import dev.appaloft.core.previews.PullRequest;
import dev.appaloft.core.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verified GitHub {@code pull_request} delivery. The pull request's base repository and branch
 * find the linked resources (as a push to that branch would); each organization linking them
 * records the event, and each resource's previews follow the pull request
 * ({@link PreviewLifecycle}). A delivery nobody links, or whose resources have no preview
 * policy, is recorded as ignored: a valid delivery is never refused.
 */
final class PullRequestIngest {

    static final String EVENT = "pull_request";

    private final CoreContext ctx;
    private final SourceEventRecorder recorder;
    private final SourceEventDispatcher dispatcher;
    private final PreviewLifecycle previews;

    PullRequestIngest(CoreContext ctx, SourceEventRecorder recorder, SourceEventDispatcher dispatcher,
                      PreviewLifecycle previews) {
        this.ctx = ctx;
        this.recorder = recorder;
        this.dispatcher = dispatcher;
        this.previews = previews;
    }

    SourceEventIngested ingest(Actor actor, byte[] body, String deliveryId) {
        GitHubPullRequestPayload.Parsed parsed = GitHubPullRequestPayload.parse(body, deliveryId);
        PullRequest pr = parsed.pullRequest();
        String dedupeKey = "source-event:github:" + deliveryId;
        String fingerprint = SourceFingerprint.of(pr.repository(), pr.baseRef());
        SourceEventIngested[] duplicate = new SourceEventIngested[1];
        Map<String, List<SourceEventMatcher.Target>> byOrganization = ctx.read(r -> {
            duplicate[0] = SourceEventRecorder.duplicate(r, dedupeKey).orElse(null);
            Map<String, List<SourceEventMatcher.Target>> found = new LinkedHashMap<>();
            if (duplicate[0] == null) {
                for (SourceLink link : SourceLinkRepository.byFingerprint(r, fingerprint)) {
                    Resource resource = SourceEventMatcher.resource(r, link.organizationId(), link.resourceId());
                    if (resource != null && resource.lifecycleStatus() == ResourceLifecycleStatus.ACTIVE) {
                        found.computeIfAbsent(link.organizationId(), k -> new ArrayList<>())
                                .add(new SourceEventMatcher.Target(resource, link.serverId(), link.destinationId()));
                    }
                }
            }
            return found;
        });
        if (duplicate[0] != null) {
            return duplicate[0];
        }
        if (byOrganization.isEmpty()) {
            return recorder.record(actor, parsed.facts(), SourceEventMatcher.Outcome.nothing(
                    Actor.SELF_HOSTED_ORGANIZATION), dedupeKey);
        }
        SourceEventIngested first = null;
        int i = 0;
        for (Map.Entry<String, List<SourceEventMatcher.Target>> entry : byOrganization.entrySet()) {
            List<SourceEventMatcher.Target> targets = entry.getValue();
            List<String> matched = targets.stream().map(t -> t.resource().id()).toList();
            List<SourceEvent.PolicyResult> pending = targets.stream().map(t -> new SourceEvent.PolicyResult(
                    t.resource().id(), SourceEvent.PolicyResult.MATCHED, null, null, null)).toList();
            SourceEventMatcher.Outcome outcome = new SourceEventMatcher.Outcome(entry.getKey(),
                    targets.get(0).resource().projectId(), SourceEventStatus.ACCEPTED, matched, List.of(), pending,
                    List.of());
            SourceEventIngested result = recorder.record(actor, parsed.facts(), outcome,
                    i++ == 0 ? dedupeKey : dedupeKey + ":" + entry.getKey(), (id, created) -> apply(pr, targets, created));
            first = first == null ? result : first;
        }
        return first;
    }

    private List<SourceEvent.PolicyResult> apply(PullRequest pr, List<SourceEventMatcher.Target> targets,
                                                 List<String> created) {
        List<SourceEvent.PolicyResult> results = new ArrayList<>();
        for (SourceEventMatcher.Target target : targets) {
            String[] placement = dispatcher.placement(target);
            PreviewLifecycle.Result r = previews.apply(pr, target.resource(), placement == null ? null : placement[0],
                    placement == null ? null : placement[1], "source-events.ingest");
            if (r.deploymentId() != null) {
                created.add(r.deploymentId());
            }
            results.add(new SourceEvent.PolicyResult(target.resource().id(), r.status(), r.reason(), r.deploymentId(),
                    r.errorCode()));
        }
        return results;
    }
}
