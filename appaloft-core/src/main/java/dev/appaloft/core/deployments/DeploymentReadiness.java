package dev.appaloft.core.deployments;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.RecoveryReadiness;
import dev.appaloft.api.deployments.RecoveryReadiness.Action;
import dev.appaloft.api.deployments.RecoveryReadiness.Candidate;
import dev.appaloft.api.deployments.RecoveryReadiness.Reason;
import dev.appaloft.api.deployments.RecoveryReadiness.RecommendedAction;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether retry, redeploy and rollback of a deployment would be accepted now, and why not: the same
 * rules the commands apply (DeploymentHandlers, DeploymentAdmission), read without acting.
 */
final class DeploymentReadiness {

    static final int DEFAULT_CANDIDATES = 5;

    private DeploymentReadiness() {
    }

    static RecoveryReadiness of(StoreReader r, Versioned<Deployment> versioned, int maxCandidates, Instant now) {
        Deployment d = versioned.value();
        Resource resource = ResourceRepository.find(r, d.organizationId(), d.resourceId()).map(Versioned::value).orElse(null);
        List<Deployment> ofResource = DeploymentRepository.list(r, DeploymentRepository.withStatuses(
                DeploymentRepository.scope(d.organizationId(), null, d.resourceId()), Set.of(), true).newestFirst());
        Deployment busy = ofResource.stream().filter(o -> !o.status().isTerminal() && !o.id().equals(d.id()))
                .findFirst().orElse(null);

        List<Reason> common = new ArrayList<>();
        if (!d.status().isTerminal()) {
            common.add(blocked("attempt-not-terminal", d.status().wire(), d.id(), true,
                    "wait for the deployment to end, or cancel it"));
        }
        if (busy != null) {
            common.add(blocked("resource-runtime-busy", busy.status().wire(), busy.id(), true,
                    "deployment " + busy.id() + " of this resource is in progress"));
        }
        List<Reason> retry = new ArrayList<>(common);
        if (d.status().isTerminal() && !d.status().isRetrySource()) {
            retry.add(blocked("attempt-status-not-recoverable", d.status().wire(), d.id(), false,
                    "only a failed or canceled deployment is retried; redeploy instead"));
        }
        List<Reason> redeploy = new ArrayList<>(common);
        if (resource == null || resource.lifecycleStatus() != ResourceLifecycleStatus.ACTIVE
                || resource.source() == null || resource.networkProfile() == null) {
            redeploy.add(blocked("resource-profile-invalid", "plan", d.resourceId(), false,
                    "the resource must be active with a source and a network profile"));
        }
        List<Candidate> candidates = ofResource.stream()
                .filter(o -> o.status() == DeploymentStatus.SUCCEEDED && !o.id().equals(d.id()))
                .map(o -> candidate(o, d))
                .toList();
        long ready = candidates.stream().filter(Candidate::rollbackReady).count();
        List<Reason> rollback = new ArrayList<>(common);
        if (ready == 0) {
            rollback.add(blocked("rollback-candidate-not-successful", "rollback", d.id(), false,
                    "no earlier successful deployment of this resource on this server"));
        }
        rollback.add(new Reason("stateful-data-rollback-unsupported", "info", "rollback", null, null, null, false,
                "rollback restores the image and variables, not volumes or databases"));

        boolean canRetry = allowed(retry);
        boolean canRedeploy = allowed(redeploy);
        boolean canRollback = allowed(rollback);
        List<RecommendedAction> actions = new ArrayList<>();
        actions.add(new RecommendedAction("query", "deployments.show", "Show the deployment", true, null, null));
        actions.add(new RecommendedAction("query", "deployments.logs", "Read its logs", true, null, null));
        actions.add(command("deployments.retry", "Retry this attempt", canRetry, retry));
        actions.add(command("deployments.redeploy", "Redeploy the resource as it is now", canRedeploy, redeploy));
        actions.add(command("deployments.rollback", "Roll back to an earlier success", canRollback, rollback));
        return new RecoveryReadiness(RecoveryReadiness.SCHEMA_VERSION, d.id(), d.resourceId(), Timestamps.format(now),
                String.valueOf(versioned.version()), canRetry || canRedeploy || canRollback, canRetry, canRedeploy,
                canRollback, ready, new Action(canRetry, true, retry, "deployments.retry"),
                new Action(canRedeploy, true, redeploy, "deployments.redeploy"),
                new RecoveryReadiness.Rollback(canRollback, true, rollback,
                        candidates.stream().limit(Math.max(0, maxCandidates)).toList()),
                actions);
    }

    static DeploymentDetail.RecoverySummary summary(RecoveryReadiness readiness) {
        List<String> blocked = Stream.of(readiness.retry().reasons(), readiness.redeploy().reasons(),
                        readiness.rollback().reasons()).flatMap(List::stream)
                .filter(reason -> reason.category().equals("blocked")).map(Reason::code).distinct().toList();
        return new DeploymentDetail.RecoverySummary("deployments.recovery-readiness", readiness.retryable(),
                readiness.redeployable(), readiness.rollbackReady(), readiness.rollbackCandidateCount(), blocked);
    }

    /** A rollback re-runs the candidate's image with its variables on the same server. */
    private static Candidate candidate(Deployment c, Deployment of) {
        List<Reason> reasons = new ArrayList<>();
        if (!c.serverId().equals(of.serverId())) {
            reasons.add(blocked("rollback-candidate-target-mismatch", "rollback", c.id(), false,
                    "it ran on server " + c.serverId()));
        }
        if (c.plan().image() == null) {
            reasons.add(blocked("runtime-artifact-missing", "rollback", c.id(), false, "it recorded no image"));
        }
        return new Candidate(c.id(), Timestamps.format(c.finishedAt()), "succeeded",
                c.plan().source() == null ? null : c.plan().source().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + " " + c.plan().source().locator(),
                c.plan().image(), c.snapshot().id(), c.plan().providerKey() + " " + c.serverId(), reasons.isEmpty(),
                reasons);
    }

    private static RecommendedAction command(String operation, String label, boolean allowed, List<Reason> reasons) {
        String blockedBy = reasons.stream().filter(r -> r.category().equals("blocked")).map(Reason::code)
                .findFirst().orElse(null);
        return new RecommendedAction("command", operation, label, false, allowed ? null : blockedBy, true);
    }

    private static boolean allowed(List<Reason> reasons) {
        return reasons.stream().noneMatch(r -> r.category().equals("blocked"));
    }

    private static Reason blocked(String code, String phase, String relatedId, boolean retriable, String recommendation) {
        return new Reason(code, "blocked", phase, relatedId.startsWith("dep_") ? relatedId : null,
                relatedId, relatedId.startsWith("dep_") ? "deployment" : "resource", retriable, recommendation);
    }
}
