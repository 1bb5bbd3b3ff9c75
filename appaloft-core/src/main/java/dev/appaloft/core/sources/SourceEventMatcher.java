package dev.appaloft.core.sources;

import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.sources.SourceEventIgnoredReason;
import dev.appaloft.api.sources.SourceEventKind;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.resources.AutoDeploy;
import dev.appaloft.core.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a source event deploys. A GitHub push finds its source links by fingerprint
 * (repository + ref name, an indexed lookup); a generic signed event is about its one resource.
 * Each resource is then judged by its auto-deploy policy: enabled, of the event's trigger kind,
 * listing the event kind and a ref pattern the ref matches.
 */
final class SourceEventMatcher {

    /** A resource to deploy, and where (the link's server, else null: resolved at dispatch). */
    record Target(Resource resource, String serverId, String destinationId) {
    }

    /** The verdict for one organization. */
    record Outcome(String organizationId, String projectId, SourceEventStatus status, List<String> matched,
                   List<SourceEventIgnoredReason> ignored, List<SourceEvent.PolicyResult> results,
                   List<Target> targets) {

        static Outcome nothing(String organizationId) {
            return new Outcome(organizationId, null, SourceEventStatus.IGNORED, List.of(),
                    List.of(SourceEventIgnoredReason.NO_MATCHING_POLICY), List.of(), List.of());
        }
    }

    private SourceEventMatcher() {
    }

    /** A GitHub push: one outcome per organization with a link to the repository and ref; empty when none has. */
    static List<Outcome> byLinks(StoreReader reader, SourceEventFacts facts, String organizationId) {
        String fingerprint = facts.fingerprint();
        if (fingerprint == null) {
            return List.of();
        }
        List<SourceLink> links = organizationId == null ? SourceLinkRepository.byFingerprint(reader, fingerprint)
                : SourceLinkRepository.byFingerprint(reader, organizationId, fingerprint);
        Map<String, List<SourceLink>> byOrganization = new LinkedHashMap<>();
        links.forEach(l -> byOrganization.computeIfAbsent(l.organizationId(), k -> new ArrayList<>()).add(l));
        List<Outcome> outcomes = new ArrayList<>();
        byOrganization.forEach((org, orgLinks) -> {
            List<Target> candidates = new ArrayList<>();
            for (SourceLink link : orgLinks) {
                Resource resource = resource(reader, org, link.resourceId());
                if (resource != null) {
                    candidates.add(new Target(resource, link.serverId(), link.destinationId()));
                }
            }
            outcomes.add(judge(org, candidates, facts, AutoDeployPolicy.TriggerKind.GIT_PUSH));
        });
        return outcomes;
    }

    /** A generic signed event, about its one resource. */
    static Outcome forResource(Resource resource, SourceEventFacts facts) {
        return judge(resource.organizationId(), List.of(new Target(resource, null, null)), facts,
                AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK);
    }

    /** The resource of any organization by id (webhooks are not signed in), or null when gone. */
    static Resource resource(StoreReader reader, String organizationId, String resourceId) {
        return reader.find(StoreCollections.RESOURCES, resourceId)
                .map(d -> Json.readAggregate(d.body(), Resource.class))
                .filter(r -> organizationId == null || organizationId.equals(r.organizationId()))
                .filter(r -> r.lifecycleStatus() != ResourceLifecycleStatus.DELETED)
                .orElse(null);
    }

    private static Outcome judge(String org, List<Target> candidates, SourceEventFacts facts,
                                 AutoDeployPolicy.TriggerKind trigger) {
        if (candidates.isEmpty()) {
            return Outcome.nothing(org);
        }
        List<SourceEvent.PolicyResult> results = new ArrayList<>();
        Set<SourceEventIgnoredReason> ignored = new LinkedHashSet<>();
        List<String> matched = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        String projectId = null;
        for (Target target : candidates) {
            Resource resource = target.resource();
            projectId = projectId == null ? resource.projectId() : projectId;
            SourceEventIgnoredReason reason = verdict(resource, facts, trigger);
            if (reason == null) {
                matched.add(resource.id());
                targets.add(target);
                results.add(new SourceEvent.PolicyResult(resource.id(), SourceEvent.PolicyResult.MATCHED, null, null,
                        null));
            } else {
                ignored.add(reason);
                boolean blocked = reason == SourceEventIgnoredReason.POLICY_BLOCKED;
                results.add(new SourceEvent.PolicyResult(resource.id(), blocked ? SourceEvent.PolicyResult.BLOCKED
                        : SourceEvent.PolicyResult.IGNORED, Json.wire(reason), null, null));
            }
        }
        SourceEventStatus status = !matched.isEmpty() ? SourceEventStatus.ACCEPTED
                : ignored.contains(SourceEventIgnoredReason.POLICY_BLOCKED) ? SourceEventStatus.BLOCKED
                : SourceEventStatus.IGNORED;
        return new Outcome(org, projectId, status, matched, List.copyOf(ignored), results, targets);
    }

    /** Why the resource does not deploy this event, or null when it does. */
    static SourceEventIgnoredReason verdict(Resource resource, SourceEventFacts facts,
                                            AutoDeployPolicy.TriggerKind trigger) {
        if (resource.lifecycleStatus() != ResourceLifecycleStatus.ACTIVE) {
            return SourceEventIgnoredReason.POLICY_BLOCKED; // archived: it takes no deployments
        }
        AutoDeploy policy = resource.autoDeploy();
        if (policy == null) {
            return SourceEventIgnoredReason.POLICY_DISABLED;
        }
        AutoDeployPolicy view = policy.view(resource.source());
        if (view.status() == AutoDeployPolicy.Status.DISABLED || policy.triggerKind() != trigger) {
            return SourceEventIgnoredReason.POLICY_DISABLED;
        }
        if (view.status() == AutoDeployPolicy.Status.BLOCKED) {
            return SourceEventIgnoredReason.POLICY_BLOCKED;
        }
        AutoDeployPolicy.EventKind kind = facts.ref().kind() == SourceEventKind.TAG ? AutoDeployPolicy.EventKind.TAG
                : AutoDeployPolicy.EventKind.PUSH;
        if (!policy.eventKinds().contains(kind) || !RefPatterns.anyMatches(policy.refs(), facts.ref())) {
            return SourceEventIgnoredReason.REF_NOT_MATCHED;
        }
        return null;
    }
}
