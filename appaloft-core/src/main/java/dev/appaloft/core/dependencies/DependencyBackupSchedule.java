package dev.appaloft.core.dependencies;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Versioned;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled backups and retention. A tick (every minute, in any number of processes) turns each
 * due enabled policy into a pending backup and its work item, and moves the policy to its next
 * slot, in one transaction: two processes racing on the same policy lose one of them to the
 * version check, so a slot makes one backup. A resource that is busy (a backup or restore runs)
 * stays due until the next tick. After a policy's backup is ready, that policy's dumps older than
 * {@code retentionDays} are deleted from the artifact store and their records marked
 * {@code retentionStatus: none}; the resource's newest ready backup always stays.
 */
final class DependencyBackupSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyBackupSchedule.class);
    private static final int BATCH = 100;

    private final CoreContext ctx;
    private final ArtifactStore artifacts;
    private final Runnable wake;

    DependencyBackupSchedule(CoreContext ctx, ArtifactStore artifacts, Runnable wake) {
        this.ctx = ctx;
        this.artifacts = artifacts;
        this.wake = wake;
    }

    /** Starts the backups of every policy due now; returns how many started. */
    int runDue() {
        Instant now = ctx.now();
        List<DependencyBackupPolicy> due = ctx.read(r -> DependencyBackupRepository.POLICIES.values(r,
                DocumentQuery.where(DocumentIndex.NONE.with("enabled", "true"))
                        .below("next_run_at_ms", now.toEpochMilli() + 1).limit(BATCH)));
        int started = 0;
        for (DependencyBackupPolicy p : due) {
            try {
                if (start(p, now)) {
                    started++;
                }
            } catch (AppaloftException e) {
                // busy, deleted meanwhile, or a race lost to another process: the next tick decides again
                LOG.info("scheduled backup of dependency resource {} (policy {}) not started: {}",
                        p.dependencyResourceId(), p.id(), e.getMessage());
            }
        }
        if (started > 0) {
            wake.run();
        }
        return started;
    }

    private boolean start(DependencyBackupPolicy due, Instant now) {
        return ctx.command(DependencyBackupWork.actor(due.organizationId()), "dependencyResources.backupPolicy.run", uow -> {
            Optional<Versioned<DependencyBackupPolicy>> found = DependencyBackupRepository.POLICIES.find(uow.tx(),
                    due.id());
            if (found.isEmpty() || !found.get().value().dueAt(now)) {
                return false;
            }
            DependencyBackupPolicy p = found.get().value();
            Optional<DependencyResource> d = DependencyRepository.RESOURCES.find(uow.tx(), p.dependencyResourceId())
                    .map(Versioned::value).filter(x -> !x.isDeleted());
            if (d.isEmpty()) {
                // the resource is gone: its policy stops, so it is not read again every minute
                DependencyBackupRepository.POLICIES.update(uow.tx(), found.get(), p.disabled(now), now);
                uow.event("dependency-resource-backup-policy-disabled", p.id(), Map.of("dependencyResourceId",
                        p.dependencyResourceId(), "reason", "dependency resource deleted"));
                return false;
            }
            DependencyBackup backup = DependencyBackup.requested(Ids.next("dbk"), d.get(), null, p.id(),
                    Ids.next("dba"), now);
            DependencyBackupHandlers.insert(uow, backup);
            DependencyBackupRepository.POLICIES.update(uow.tx(), found.get(), p.ran(now), now);
            uow.event("dependency-resource-backup-requested", backup.id(), DependencyBackupHandlers.requestedPayload(backup));
            return true;
        });
    }

    /** Applies the retention of the policy that made {@code ready}, if any. Returns how many dumps it deleted. */
    int applyRetention(DependencyBackup ready) {
        if (ready.policyId() == null) {
            return 0;
        }
        Optional<DependencyBackupPolicy> policy = ctx.read(r -> DependencyBackupRepository.POLICIES.find(r,
                ready.policyId())).map(Versioned::value);
        if (policy.isEmpty()) {
            return 0;
        }
        Instant cutoff = ctx.now().minus(Duration.ofDays(policy.get().retentionDays()));
        List<DependencyBackup> retained = ctx.read(r -> DependencyBackupRepository.BACKUPS.values(r, DocumentQuery
                .where(DocumentIndex.ofOrganization(ready.organizationId())
                        .with(DependencyBackupRepository.RESOURCE, ready.dependencyResourceId())
                        .with("retention_status", DependencyBackup.RETAINED)
                        .with(IndexFields.STATUS, DependencyBackupStatus.READY.wire()))));
        String newest = retained.stream().max(Comparator.comparing(DependencyBackup::createdAt)
                .thenComparing(DependencyBackup::id)).map(DependencyBackup::id).orElse(null);
        int pruned = 0;
        for (DependencyBackup b : retained) {
            if (b.id().equals(newest) || !policy.get().id().equals(b.policyId()) || !b.createdAt().isBefore(cutoff)
                    || b.busy()) {
                continue;
            }
            try {
                prune(b);
                pruned++;
            } catch (RuntimeException | IOException e) {
                LOG.warn("could not apply retention to backup {}: {}", b.id(), e.toString());
            }
        }
        return pruned;
    }

    private void prune(DependencyBackup b) throws IOException {
        // the record first: a restore can no longer start on it, then the dump goes
        boolean marked = ctx.command(DependencyBackupWork.actor(b.organizationId()), "dependencyResources.backup.prune",
                uow -> {
                    Versioned<DependencyBackup> fresh = DependencyBackupRepository.BACKUPS.find(uow.tx(), b.id())
                            .orElse(null);
                    if (fresh == null || fresh.value().busy() || !fresh.value().restorable()) {
                        return false;
                    }
                    DependencyBackupRepository.BACKUPS.update(uow.tx(), fresh, fresh.value().pruned(), uow.now());
                    uow.event("dependency-resource-backup-pruned", b.id(), Map.of("dependencyResourceId",
                            b.dependencyResourceId(), "policyId", b.policyId()));
                    return true;
                });
        if (marked) {
            artifacts.delete(b.artifactKey());
        }
    }
}
