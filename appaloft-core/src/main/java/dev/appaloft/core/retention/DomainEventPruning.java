package dev.appaloft.core.retention;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.retention.DomainEventsPruned;
import dev.appaloft.api.retention.PruneDomainEventsInput;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code domainEvents.prune}: removes an organization's old events from the global domain-event
 * stream. The stream is read in chunks, oldest first; each chunk's candidates are removed in one
 * transaction (so a large prune never holds the store for long), and a destructive run leaves one
 * audit event with the total. Events of a deployment that has not finished are kept: its history
 * is still being written, and nothing unfinished is pruned.
 */
final class DomainEventPruning {

    static final int MAX_LIMIT = 10_000;
    private static final int CHUNK = 500;
    /**
     * A record's time is its command's start, its number is handed out when it is appended: a later
     * number can carry a slightly earlier time (a long transaction, clocks of several processes).
     * The scan stops at the first record this much past the cutoff, so it never reads the recent
     * stream; at worst an event this close to the cutoff waits for the next prune.
     */
    private static final Duration COMMIT_SKEW = Duration.ofHours(1);
    private static final Set<String> UNFINISHED = Arrays.stream(DeploymentStatus.values())
            .filter(s -> !s.isTerminal()).map(DeploymentStatus::wire).collect(Collectors.toUnmodifiableSet());

    private final CoreContext ctx;

    DomainEventPruning(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** What an input selects, besides the organization and the cutoff. */
    private record Filter(String eventType, String aggregateId, String aggregateType, String deploymentId) {

        boolean matches(DomainEventRecord e) {
            return (eventType == null || eventType.equals(e.type()))
                    && (aggregateId == null || aggregateId.equals(e.aggregateId()))
                    && (aggregateType == null || aggregateType.equals(e.aggregateType()))
                    && (deploymentId == null || e.concerns(deploymentId));
        }
    }

    /** The counts of one run. */
    private static final class Tally {
        long inspected;
        long candidates;
        long pruned;
        long skipped;
        final Map<String, Long> byEventType = new TreeMap<>();
        final Map<String, Long> skippedByReason = new TreeMap<>();
    }

    /** One chunk's verdict: the last record looked at, the records to remove, whether to stop. */
    private record Chunk(long lastSeq, List<Long> doomed, boolean done) {
    }

    DomainEventsPruned prune(PruneDomainEventsInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = PruneInputs.before(v, in.before());
        Filter filter = new Filter(PruneInputs.filter(v, "eventType", in.eventType()),
                PruneInputs.filter(v, "aggregateId", in.aggregateId()),
                PruneInputs.filter(v, "aggregateType", in.aggregateType()),
                PruneInputs.filter(v, "deploymentId", in.deploymentId()));
        v.check(in.limit() == null || (in.limit() >= 1 && in.limit() <= MAX_LIMIT), "limit",
                "limit must be between 1 and " + MAX_LIMIT);
        v.throwIfInvalid();
        boolean dryRun = PruneInputs.dryRun(in.dryRun());
        Tally t = run(actor, before, filter, in.limit() == null ? Long.MAX_VALUE : in.limit(), dryRun);
        return new DomainEventsPruned(DomainEventsPruned.SCHEMA_VERSION, in.before(), filter.eventType(),
                filter.aggregateId(), filter.aggregateType(), filter.deploymentId(), in.limit(), dryRun, t.inspected,
                t.candidates, t.pruned, t.skipped, t.byEventType, t.skippedByReason, Timestamps.format(ctx.now()));
    }

    private Tally run(Actor actor, Instant before, Filter filter, long max, boolean dryRun) {
        Tally t = new Tally();
        String organization = actor.organizationId();
        long head = ctx.read(r -> r.streamHead(UnitOfWork.DOMAIN_EVENTS)); // later events are not looked at
        long after = 0;
        boolean done = head == 0;
        try {
            while (!done) {
                long from = after;
                Chunk chunk = ctx.read(r -> judge(r, from, head, organization, before, filter, max, t));
                if (!dryRun && !chunk.doomed().isEmpty()) {
                    t.pruned += ctx.store().transaction(tx -> tx.deleteStreamRecords(UnitOfWork.DOMAIN_EVENTS,
                            chunk.doomed()));
                }
                after = chunk.lastSeq();
                done = chunk.done();
            }
        } catch (RuntimeException e) {
            if (!dryRun && t.pruned > 0) {
                audit(actor, before, t); // what was removed before the failure is still accounted for
            }
            throw e;
        }
        if (!dryRun) {
            audit(actor, before, t);
        }
        return t;
    }

    private Chunk judge(StoreReader r, long after, long head, String organization, Instant before, Filter filter,
                        long max, Tally t) {
        List<StreamRecord> records = r.readStream(UnitOfWork.DOMAIN_EVENTS, after, CHUNK);
        Instant stop = before.plus(COMMIT_SKEW);
        Set<String> unfinished = null; // read once per chunk, in the chunk's snapshot, when first needed
        List<Long> doomed = new ArrayList<>();
        long last = after;
        for (StreamRecord record : records) {
            if (record.seq() > head || !record.at().isBefore(stop)) {
                return new Chunk(last, doomed, true);
            }
            last = record.seq();
            if (!record.at().isBefore(before) || !record.body().contains(organization)) {
                continue; // the text test spares parsing most other organizations' events
            }
            DomainEventRecord event = DomainEventRecord.parse(record);
            if (event == null || !organization.equals(event.organizationId()) || !filter.matches(event)) {
                continue;
            }
            t.inspected++;
            if (unfinished == null) {
                unfinished = unfinishedDeployments(r, organization);
            }
            if (event.concernsAny(unfinished)) {
                t.skipped++;
                t.skippedByReason.merge(DomainEventsPruned.SKIPPED_DEPLOYMENT_ACTIVE, 1L, Long::sum);
                continue;
            }
            t.candidates++;
            t.byEventType.merge(event.type(), 1L, Long::sum);
            doomed.add(record.seq());
            if (t.candidates >= max) {
                return new Chunk(last, doomed, true);
            }
        }
        return new Chunk(last, doomed, records.size() < CHUNK || last >= head);
    }

    /** The ids of the organization's deployments that have not finished, without decoding them. */
    private static Set<String> unfinishedDeployments(StoreReader r, String organization) {
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(organization)).statusIn(UNFINISHED);
        return r.query(StoreCollections.DEPLOYMENTS, query).stream().map(Document::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void audit(Actor actor, Instant before, Tally t) {
        ctx.command(actor, "domainEvents.prune", uow -> {
            uow.event("domain-events.pruned", actor.organizationId(), Map.of("count", t.pruned,
                    "before", Timestamps.format(before)));
            return null;
        });
    }
}
