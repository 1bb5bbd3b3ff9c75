package dev.appaloft.core.logarchives;

import dev.appaloft.api.Actor;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.logarchives.PruneRuntimeLogArchivesInput;
import dev.appaloft.api.logarchives.RuntimeLogArchivesPruned;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code resources.logArchives.prune}: an organization's archives captured before the cutoff,
 * filtered. A dry run (the default) counts them; a destructive run removes the rows a page per
 * transaction and then their blobs (a blob whose row is gone is unreachable; the reverse would
 * leave rows that cannot be shown). Either way one audit event records what was asked and done.
 */
final class LogArchivePruning {

    private static final int PAGE = 200;
    private static final int MAX_FILTER = 200;

    private final CoreContext ctx;
    private final ArtifactStore artifacts;

    LogArchivePruning(CoreContext ctx, ArtifactStore artifacts) {
        this.ctx = ctx;
        this.artifacts = artifacts;
    }

    RuntimeLogArchivesPruned prune(PruneRuntimeLogArchivesInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = v.requiredInstant("before", in.before());
        String resourceId = filter(v, "resourceId", in.resourceId());
        String deploymentId = filter(v, "deploymentId", in.deploymentId());
        String serverId = filter(v, "serverId", in.serverId());
        String serviceName = filter(v, "serviceName", in.serviceName());
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        DocumentQuery matching = DocumentQuery.where(LogArchiveRepository.matching(actor.organizationId(), resourceId,
                deploymentId, serverId, serviceName)).createdBefore(before);
        Map<String, Long> byResource = ctx.read(r -> r.countBy(LogArchiveRepository.ARCHIVES.collection(), matching,
                IndexFields.RESOURCE_ID));
        long matched = byResource.values().stream().mapToLong(Long::longValue).sum();
        Set<String> affected = new TreeSet<>(byResource.keySet());
        long pruned = 0;
        RuntimeException failure = null;
        if (!dryRun) {
            affected.clear();
            try {
                pruned = remove(matching, affected);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        long removed = pruned;
        ctx.command(actor, "resources.logArchives.prune", uow -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("before", Timestamps.format(before));
            payload.put("dryRun", dryRun);
            payload.put("matchedCount", matched);
            payload.put("prunedCount", removed);
            uow.event("resource-runtime-log-archives-pruned", actor.organizationId(), payload);
            return null;
        });
        if (failure != null) {
            throw failure; // what was removed before it is accounted for above
        }
        return new RuntimeLogArchivesPruned(RuntimeLogArchivesPruned.SCHEMA_VERSION, Timestamps.format(before),
                resourceId, deploymentId, serverId, serviceName, dryRun, matched, pruned, affected.size(),
                Timestamps.format(ctx.now()));
    }

    private long remove(DocumentQuery matching, Set<String> affected) {
        long removed = 0;
        while (true) {
            List<Versioned<LogArchive>> rows = ctx.read(r -> LogArchiveRepository.ARCHIVES.query(r, matching.limit(PAGE)));
            if (rows.isEmpty()) {
                return removed;
            }
            List<LogArchive> gone = ctx.store().transaction(tx -> {
                List<LogArchive> deleted = new ArrayList<>();
                for (Versioned<LogArchive> row : rows) {
                    // a concurrent prune may have taken it: skip it instead of failing the page
                    LogArchiveRepository.ARCHIVES.find(tx, row.value().id()).ifPresent(now -> {
                        LogArchiveRepository.ARCHIVES.delete(tx, now);
                        deleted.add(now.value());
                    });
                }
                return deleted;
            });
            for (LogArchive a : gone) {
                artifacts.delete(a.storageKey());
                affected.add(a.resourceId());
            }
            removed += gone.size();
            if (gone.isEmpty()) {
                return removed; // rows seen but taken by someone else: nothing left for us
            }
        }
    }

    /** An optional exact filter; a blank one is refused (read as "any", it would widen a destructive prune). */
    private static String filter(Validation v, String field, String value) {
        if (value != null && value.isEmpty()) {
            v.check(false, field, field + " must not be empty");
            return null;
        }
        return v.optionalText(field, value, MAX_FILTER);
    }
}
