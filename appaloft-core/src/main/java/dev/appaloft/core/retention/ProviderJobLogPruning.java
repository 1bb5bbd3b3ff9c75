package dev.appaloft.core.retention;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.retention.ProviderJobLogsPruned;
import dev.appaloft.api.retention.PruneProviderJobLogsInput;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.providerjobs.ProviderJobLogs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code providerJobLogs.prune}: removes an organization's provider job log rows written before the
 * cutoff, filtered and paged in the store. A dry run is one grouped count; a destructive run
 * removes the rows a page per transaction and leaves one audit event with the total.
 */
final class ProviderJobLogPruning {

    private static final String COLLECTION = StoreCollections.PROVIDER_JOB_LOGS;
    private static final int PAGE = 500;

    private final CoreContext ctx;

    ProviderJobLogPruning(CoreContext ctx) {
        this.ctx = ctx;
    }

    ProviderJobLogsPruned prune(PruneProviderJobLogsInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = PruneInputs.before(v, in.before());
        String deploymentId = PruneInputs.filter(v, "deploymentId", in.deploymentId());
        String providerKey = PruneInputs.filter(v, "providerKey", in.providerKey());
        String resourceId = PruneInputs.filter(v, "resourceId", in.resourceId());
        String serverId = PruneInputs.filter(v, "serverId", in.serverId());
        v.throwIfInvalid();
        boolean dryRun = PruneInputs.dryRun(in.dryRun());
        DocumentQuery matching = DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                        .with(ProviderJobLogs.DEPLOYMENT_ID, deploymentId).with(ProviderJobLogs.PROVIDER_KEY, providerKey)
                        .with(IndexFields.RESOURCE_ID, resourceId).with(IndexFields.SERVER_ID, serverId))
                .createdBefore(before);
        Map<String, Long> counted = ctx.read(r -> r.countBy(COLLECTION, matching, ProviderJobLogs.PROVIDER_KEY));
        Map<String, Long> matched = new TreeMap<>(counted);
        long matchedCount = matched.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> pruned = dryRun ? matched : remove(actor, before, matching);
        return new ProviderJobLogsPruned(ProviderJobLogsPruned.SCHEMA_VERSION, in.before(), deploymentId, providerKey,
                resourceId, serverId, dryRun, matchedCount,
                dryRun ? 0 : pruned.values().stream().mapToLong(Long::longValue).sum(), pruned,
                Timestamps.format(ctx.now()));
    }

    /** Removes the matching rows a page at a time; the counts are of the rows actually removed. */
    private Map<String, Long> remove(Actor actor, Instant before, DocumentQuery matching) {
        Map<String, Long> removed = new TreeMap<>();
        DocumentQuery page = matching.limit(PAGE);
        try {
            while (true) {
                DocumentQuery current = page;
                List<Document> rows = ctx.read(r -> r.query(COLLECTION, current));
                if (rows.isEmpty()) {
                    break;
                }
                Map<String, Long> gone = ctx.store().transaction(tx -> {
                    Map<String, Long> counts = new TreeMap<>();
                    for (Document row : rows) {
                        // a concurrent prune may have taken it: skip it instead of failing the page
                        tx.find(COLLECTION, row.id()).ifPresent(now -> {
                            tx.delete(COLLECTION, now.id(), now.version());
                            String key = now.index().text(ProviderJobLogs.PROVIDER_KEY);
                            counts.merge(key == null ? "unknown" : key, 1L, Long::sum);
                        });
                    }
                    return counts;
                });
                gone.forEach((key, n) -> removed.merge(key, n, Long::sum));
                Document last = rows.get(rows.size() - 1);
                page = matching.limit(PAGE).after(last.createdAt(), last.id());
            }
        } catch (RuntimeException e) {
            if (!removed.isEmpty()) {
                audit(actor, before, removed); // what was removed before the failure is still accounted for
            }
            throw e;
        }
        audit(actor, before, removed);
        return removed;
    }

    private void audit(Actor actor, Instant before, Map<String, Long> removed) {
        long total = removed.values().stream().mapToLong(Long::longValue).sum();
        ctx.command(actor, "providerJobLogs.prune", uow -> {
            uow.event("provider-job-logs.pruned", actor.organizationId(), Map.of("count", total,
                    "before", Timestamps.format(before)));
            return null;
        });
    }
}
