package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.ArchiveDeploymentInput;
import dev.appaloft.api.deployments.ArchivedDeployment;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.PruneDeploymentsInput;
import dev.appaloft.api.deployments.PrunedDeploymentLogs;
import dev.appaloft.api.deployments.PrunedDeployments;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeping the deployment history tidy: archive one ended deployment, prune old ones, prune old
 * logs. Pruning never touches what is still needed: a deployment that has not ended, and the
 * latest successful deployment of each resource (it describes what runs, and rollback starts there).
 */
final class DeploymentRetention {

    private final CoreContext ctx;

    DeploymentRetention(CoreContext ctx) {
        this.ctx = ctx;
    }

    ArchivedDeployment archive(Actor actor, ArchiveDeploymentInput in) {
        Deployment found = DeploymentChecks.confirmed(ctx, actor, in.deploymentId(), in.confirm(), in.resourceId());
        Deployment archived = ctx.command(actor, "deployments.archive", uow -> {
            Versioned<Deployment> before = DeploymentRepository.require(uow.tx(), actor.organizationId(), found.id());
            if (!before.value().status().isTerminal()) {
                throw new AppaloftException(ErrorCode.DEPLOYMENT_NOT_ARCHIVABLE, "deployment " + found.id() + " is "
                        + before.value().status().wire() + "; only an ended deployment can be archived");
            }
            if (before.value().archivedAt() != null) {
                return before.value();
            }
            Deployment after = before.value().archive(uow.now());
            DeploymentRepository.update(uow.tx(), before, after, uow.now());
            uow.event("deployment.archived", found.id(), Map.of("resourceId", found.resourceId()));
            return after;
        });
        return new ArchivedDeployment(archived.id(), Timestamps.format(archived.archivedAt()));
    }

    PrunedDeployments prune(Actor actor, PruneDeploymentsInput in) {
        Selection s = select(actor, in);
        if (!s.dryRun()) {
            ctx.command(actor, "deployments.prune", uow -> {
                for (Deployment d : s.affected()) {
                    DeploymentRepository.find(uow.tx(), actor.organizationId(), d.id()).ifPresent(current -> {
                        DeploymentRepository.delete(uow.tx(), current);
                        uow.tx().truncateStream(DeploymentLog.stream(d.id()));
                        uow.tx().truncateStream(DeploymentJournal.stream(d.id()));
                    });
                }
                uow.event("deployments.pruned", actor.organizationId(), Map.of("count", s.affected().size(),
                        "before", in.before()));
                return null;
            });
        }
        return new PrunedDeployments(PrunedDeployments.SCHEMA_VERSION, in.before(), in.deploymentId(), in.resourceId(),
                in.serverId(), s.dryRun(), s.affected().size() + s.guarded().size(), s.dryRun() ? 0 : s.affected().size(),
                s.guarded().size(), s.affected().stream().map(Deployment::id).toList(),
                s.guarded().stream().map(Deployment::id).toList(), Timestamps.format(ctx.now()));
    }

    /** Removes the log lines of ended deployments created before the date; the deployments stay. */
    PrunedDeploymentLogs pruneLogs(Actor actor, PruneDeploymentsInput in) {
        Selection s = select(actor, in);
        List<Deployment> ended = new ArrayList<>(s.affected());
        // the latest success keeps its record but its old log lines may go
        s.guarded().stream().filter(d -> d.status().isTerminal()).forEach(ended::add);
        // each deployment's stored line count, read once
        List<Long> counts = ctx.read(r -> ended.stream().map(d -> DeploymentLog.count(r, d.id())).toList());
        long lines = counts.stream().mapToLong(Long::longValue).sum();
        long withLogs = counts.stream().filter(count -> count > 0).count();
        if (!s.dryRun()) {
            ctx.command(actor, "deployments.pruneLogs", uow -> {
                for (Deployment d : ended) {
                    uow.tx().truncateStream(DeploymentLog.stream(d.id()));
                }
                uow.event("deployment-logs.pruned", actor.organizationId(), Map.of("deployments", ended.size(),
                        "before", in.before()));
                return null;
            });
        }
        return new PrunedDeploymentLogs(PrunedDeploymentLogs.SCHEMA_VERSION, in.before(), in.deploymentId(),
                in.resourceId(), in.serverId(), s.dryRun(), lines, s.dryRun() ? 0 : lines, withLogs,
                Timestamps.format(ctx.now()));
    }

    /** What an input selects: deployments created before the date, split into prunable and guarded. */
    private record Selection(boolean dryRun, List<Deployment> affected, List<Deployment> guarded) {
    }

    private Selection select(Actor actor, PruneDeploymentsInput in) {
        Validation v = new Validation();
        v.text("before", in.before(), 64);
        v.throwIfInvalid();
        Instant before = v.instant("before", in.before());
        v.throwIfInvalid();
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId()))
                .with(IndexFields.SERVER_ID, Validation.filter(in.serverId()));
        String deploymentId = Validation.filter(in.deploymentId());
        return ctx.read(r -> {
            List<Deployment> candidates = deploymentId == null
                    ? DeploymentRepository.list(r, DocumentQuery.where(where).createdBefore(before))
                    // one named deployment: read it and apply the same filters to it
                    : DeploymentRepository.find(r, actor.organizationId(), deploymentId).map(Versioned::value)
                            .filter(d -> d.createdAt().isBefore(before)
                                    && unsetOrEqual(in.resourceId(), d.resourceId())
                                    && unsetOrEqual(in.serverId(), d.serverId()))
                            .stream().toList();
            Set<String> latestSuccess = new HashSet<>();
            for (String resourceId : candidates.stream().map(Deployment::resourceId).distinct().toList()) {
                DeploymentRepository.list(r, DeploymentRepository.scope(actor.organizationId(), null, resourceId)
                                .statusIn(Set.of(DeploymentStatus.SUCCEEDED.wire(),
                                        DeploymentRepository.ARCHIVED_PREFIX + DeploymentStatus.SUCCEEDED.wire()))
                                .newestFirst().limit(1))
                        .forEach(d -> latestSuccess.add(d.id()));
            }
            List<Deployment> affected = new ArrayList<>();
            List<Deployment> guarded = new ArrayList<>();
            for (Deployment d : candidates) {
                (d.status().isTerminal() && !latestSuccess.contains(d.id()) ? affected : guarded).add(d);
            }
            return new Selection(!Boolean.FALSE.equals(in.dryRun()), affected, guarded);
        });
    }

    private static boolean unsetOrEqual(String filter, String value) {
        return Validation.filter(filter) == null || Validation.filter(filter).equals(value);
    }
}
