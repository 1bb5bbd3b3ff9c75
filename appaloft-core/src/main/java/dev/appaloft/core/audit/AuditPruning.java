package dev.appaloft.core.audit;

import dev.appaloft.api.Actor;
import dev.appaloft.api.audit.AuditEventsPruned;
import dev.appaloft.api.audit.PruneAuditEventsInput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code auditEvents.prune}: removes the organization's audit events created before the cutoff,
 * except those an active legal hold covers and those a retained archive holds. One transaction:
 * the events go with the run's own audit event, or nothing does. The stream is walked in chunks
 * by index, so memory stays flat however many events match. A dry run (the default) counts only,
 * and is recorded too: who looked at what would go is part of the trail.
 */
final class AuditPruning {

    static final String PRUNED = "audit-events-pruned";
    private static final int CHUNK = 500;

    private final CoreContext ctx;

    AuditPruning(CoreContext ctx) {
        this.ctx = ctx;
    }

    private static final class Tally {
        long matched;
        long pruned;
        long held;
        long archived;
        final Map<String, Long> byType = new TreeMap<>();
        final Map<String, Long> heldByType = new TreeMap<>();
        final Map<String, Long> archivedByType = new TreeMap<>();
        final Set<String> holdIds = new TreeSet<>();
        final Set<String> archiveIds = new TreeSet<>();
    }

    AuditEventsPruned prune(PruneAuditEventsInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = v.requiredInstant("before", in.before());
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        String organization = actor.organizationId();
        AuditFilter filter = new AuditFilter(aggregateId, eventType, null, before);
        return ctx.command(actor, "auditEvents.prune", uow -> {
            Tally t = new Tally();
            List<LegalHold> holds = LegalHolds.active(uow.tx(), organization);
            Map<String, Set<Long>> retained = AuditArchives.retained(uow.tx(), organization);
            long after = 0;
            while (true) {
                StreamQuery query = filter.query(organization, CHUNK).after(after);
                List<StreamRecord> chunk = uow.tx().queryStream(UnitOfWork.AUDIT, query);
                List<Long> doomed = new ArrayList<>();
                for (StreamRecord record : chunk) {
                    t.matched++;
                    if (judge(record, holds, retained, t)) {
                        doomed.add(record.seq());
                        t.byType.merge(record.type(), 1L, Long::sum);
                    }
                }
                if (!dryRun && !doomed.isEmpty()) {
                    t.pruned += uow.tx().deleteStreamRecords(UnitOfWork.AUDIT, doomed);
                }
                if (chunk.size() < CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).seq();
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dryRun", dryRun);
            payload.put("before", Timestamps.format(before));
            payload.put("matchedCount", t.matched);
            payload.put("prunedCount", t.pruned);
            payload.put("heldCount", t.held);
            uow.event(PRUNED, organization, payload);
            return new AuditEventsPruned(AuditEventsPruned.SCHEMA, Timestamps.format(before), aggregateId, eventType,
                    dryRun, t.matched, t.pruned, t.held, t.archived, t.byType, t.heldByType, t.archivedByType,
                    List.copyOf(t.holdIds), List.copyOf(t.archiveIds), Timestamps.format(uow.now()));
        });
    }

    /** Whether the record may go; a kept one is counted under the first reason that keeps it. */
    private static boolean judge(StreamRecord record, List<LegalHold> holds, Map<String, Set<Long>> retained,
                                 Tally t) {
        boolean held = false;
        for (LegalHold hold : holds) {
            if (hold.holds(record)) {
                t.holdIds.add(hold.id());
                held = true;
            }
        }
        if (held) {
            t.held++;
            t.heldByType.merge(record.type(), 1L, Long::sum);
            return false;
        }
        boolean archived = false;
        for (Map.Entry<String, Set<Long>> archive : retained.entrySet()) {
            if (archive.getValue().contains(record.seq())) {
                t.archiveIds.add(archive.getKey());
                archived = true;
            }
        }
        if (archived) {
            t.archived++;
            t.archivedByType.merge(record.type(), 1L, Long::sum);
            return false;
        }
        return true;
    }
}
