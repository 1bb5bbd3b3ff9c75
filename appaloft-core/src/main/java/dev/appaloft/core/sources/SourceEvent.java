package dev.appaloft.core.sources;

import dev.appaloft.api.sources.SourceEventIgnoredReason;
import dev.appaloft.api.sources.SourceEventKind;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.sources.SourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A verified source event as stored: the facts it carried (never the raw payload, the signature
 * or a secret), how it matched links and policies, and the deployments it (and each replay)
 * started. Rejected deliveries are never stored.
 *
 * <p>States: {@code accepted} (matched, deployments being started) → {@code dispatched} (all
 * started) or {@code failed} (some could not be); {@code ignored} and {@code blocked} are final.
 */
record SourceEvent(String id, String organizationId, String projectId, String scopeResourceId, SourceKind sourceKind,
                   SourceEventKind eventKind, Identity identity, String ref, String revision, String deliveryId,
                   String dedupeKey, String verificationMethod, SourceEventStatus status,
                   List<String> matchedResourceIds, List<SourceEventIgnoredReason> ignoredReasons,
                   List<PolicyResult> policyResults, List<String> createdDeploymentIds, List<Replay> replays,
                   Instant receivedAt, String before) {

    /** The repository an event is about. */
    record Identity(String locator, String providerRepositoryId, String repositoryFullName) {
    }

    /** What the event did for one resource: matched → dispatched / dispatch-failed, or ignored / blocked. */
    record PolicyResult(String resourceId, String status, String reason, String deploymentId, String errorCode) {

        static final String MATCHED = "matched";
        static final String IGNORED = "ignored";
        static final String BLOCKED = "blocked";
        static final String DISPATCHED = "dispatched";
        static final String DISPATCH_FAILED = "dispatch-failed";
    }

    /** One replay: its key (a repeated key answers this again), outcome and deployments. */
    record Replay(String idempotencyKey, SourceEventStatus status, List<String> matchedResourceIds,
                  List<String> createdDeploymentIds, List<SourceEventIgnoredReason> ignoredReasons, Instant at) {
    }

    SourceEvent {
        matchedResourceIds = List.copyOf(matchedResourceIds);
        ignoredReasons = List.copyOf(ignoredReasons);
        policyResults = List.copyOf(policyResults);
        createdDeploymentIds = List.copyOf(createdDeploymentIds);
        replays = replays == null ? List.of() : List.copyOf(replays);
    }

    /** Every resource the event concerns: scoped to, matched, or judged by a policy. */
    Set<String> resourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (scopeResourceId != null) {
            ids.add(scopeResourceId);
        }
        ids.addAll(matchedResourceIds);
        policyResults.forEach(r -> ids.add(r.resourceId()));
        return ids;
    }

    SourceEvent dispatched(List<PolicyResult> results, List<String> deploymentIds) {
        boolean failed = results.stream().anyMatch(r -> PolicyResult.DISPATCH_FAILED.equals(r.status()));
        return new SourceEvent(id, organizationId, projectId, scopeResourceId, sourceKind, eventKind, identity, ref,
                revision, deliveryId, dedupeKey, verificationMethod,
                failed ? SourceEventStatus.FAILED : SourceEventStatus.DISPATCHED, matchedResourceIds, ignoredReasons,
                results, deploymentIds, replays, receivedAt, before);
    }

    /**
     * After the work an event started: failed when a dispatch failed, dispatched when something
     * was done, else blocked or ignored as its results say (a pull request without a preview
     * policy is ignored, not dispatched).
     */
    SourceEvent settled(List<PolicyResult> results, List<String> deploymentIds) {
        boolean done = results.stream().anyMatch(r -> PolicyResult.DISPATCHED.equals(r.status())
                || PolicyResult.MATCHED.equals(r.status()));
        if (done || results.stream().anyMatch(r -> PolicyResult.DISPATCH_FAILED.equals(r.status()))) {
            return dispatched(results, deploymentIds);
        }
        boolean blocked = results.stream().anyMatch(r -> PolicyResult.BLOCKED.equals(r.status()));
        List<SourceEventIgnoredReason> reasons = List.of(blocked ? SourceEventIgnoredReason.POLICY_BLOCKED
                : SourceEventIgnoredReason.NO_MATCHING_POLICY);
        return new SourceEvent(id, organizationId, projectId, scopeResourceId, sourceKind, eventKind, identity, ref,
                revision, deliveryId, dedupeKey, verificationMethod,
                blocked ? SourceEventStatus.BLOCKED : SourceEventStatus.IGNORED, List.of(), reasons, results,
                deploymentIds, replays, receivedAt, before);
    }

    SourceEvent replayed(Replay replay) {
        List<Replay> all = new ArrayList<>(replays);
        all.add(replay);
        List<String> deployments = new ArrayList<>(createdDeploymentIds);
        deployments.addAll(replay.createdDeploymentIds());
        return new SourceEvent(id, organizationId, projectId, scopeResourceId, sourceKind, eventKind, identity, ref,
                revision, deliveryId, dedupeKey, verificationMethod, status, matchedResourceIds, ignoredReasons,
                policyResults, deployments, all, receivedAt, before);
    }
}
