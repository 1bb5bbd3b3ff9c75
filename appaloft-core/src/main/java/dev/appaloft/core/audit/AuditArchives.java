package dev.appaloft.core.audit;

import dev.appaloft.api.Actor;
import dev.appaloft.api.audit.*;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code auditEvents.archives.create|list|show|prune}. An archive is an immutable copy of up to
 * 500 of the organization's events (redacted as {@code show} redacts them), compressed, with a
 * SHA-256 digest; with {@code retainSourceRows} the archived events are kept by prune while the
 * archive exists. Pruning archives never touches the events. Create and prune leave one audit event each.
 */
final class AuditArchives {

    static final String CREATED = "audit-archive-created";
    static final String PRUNED = "audit-archives-pruned";
    static final String ALL_TYPES = "all";

    static final Repository<AuditArchive> REPOSITORY = Repository.of(StoreCollections.AUDIT_ARCHIVES, AuditArchive.class)
            .id(AuditArchive::id).createdAt(AuditArchive::createdAt).organization(AuditArchive::organizationId)
            .index(a -> DocumentIndex.NONE.with("aggregate_id", a.aggregateId()).with("event_type", a.eventType())
                    .with("retain_source_rows", Boolean.toString(a.retainSourceRows())))
            .notFound(id -> AppaloftException.notFound("audit archive", id)).build();
    static final Repository<AuditArchiveItems> ITEMS = Repository.of(StoreCollections.AUDIT_ARCHIVE_ITEMS,
                    AuditArchiveItems.class)
            .id(AuditArchiveItems::id).createdAt(AuditArchiveItems::createdAt)
            .organization(AuditArchiveItems::organizationId).build();

    private final CoreContext ctx;

    AuditArchives(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** The stream positions retained archives of the organization keep from prune, by archive id. */
    static Map<String, Set<Long>> retained(StoreReader r, String organizationId) {
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .with("retain_source_rows", "true"));
        Map<String, Set<Long>> kept = new TreeMap<>();
        for (AuditArchive a : REPOSITORY.values(r, query)) {
            kept.put(a.id(), Set.copyOf(a.sourceSeqs()));
        }
        return kept;
    }

    AuditArchiveCreated create(CreateAuditArchiveInput in, Actor actor) {
        Validation v = new Validation();
        String reason = v.text("reason", in.reason(), AuditInputs.MAX_REASON);
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        Instant from = v.instant("from", in.from());
        Instant to = v.instant("to", in.to());
        AuditInputs.window(v, from, to);
        int limit = v.limit(in.limit(), AuditEventReads.EXPORT_DEFAULT, AuditEventReads.EXPORT_MAX);
        v.throwIfInvalid();
        if (aggregateId == null && (from == null || to == null)) {
            throw AuditInputs.scopeRequired("an archive names an aggregateId or a bounded window (from and to)");
        }
        boolean retain = Boolean.TRUE.equals(in.retainSourceRows());
        AuditFilter filter = new AuditFilter(aggregateId, eventType, from, to);
        return ctx.command(actor, "auditEvents.archives.create", uow -> {
            // read in the command's transaction: the archive holds exactly what its positions name
            List<StreamRecord> records = uow.tx().queryStream(UnitOfWork.AUDIT,
                    filter.query(actor.organizationId(), limit + 1));
            List<StreamRecord> taken = records.subList(0, Math.min(limit, records.size()));
            List<AuditEventDetail> items = taken.stream().map(AuditRecords::detail).toList();
            byte[] json = AuditArchiveItems.json(items);
            String id = Ids.next("auar");
            AuditArchive archive = new AuditArchive(id, actor.organizationId(), aggregateId, eventType, from, to, reason,
                    items.size(), records.size() > limit, AuditArchiveItems.digest(json), retain, uow.now(),
                    taken.stream().map(StreamRecord::seq).toList());
            REPOSITORY.insert(uow.tx(), archive, uow.now());
            ITEMS.insert(uow.tx(), AuditArchiveItems.of(id, actor.organizationId(), uow.now(), json), uow.now());
            uow.event(CREATED, id, Map.of("itemCount", items.size(), "retainSourceRows", retain));
            return new AuditArchiveCreated(AuditArchiveCreated.SCHEMA, archive.summary());
        });
    }

    AuditArchiveList list(ListAuditArchivesInput in, Actor actor) {
        Validation v = new Validation();
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        Instant from = v.instant("from", in.from());
        Instant to = v.instant("to", in.to());
        AuditInputs.window(v, from, to);
        int limit = v.limit(in.limit(), AuditEventReads.LIST_DEFAULT, AuditEventReads.LIST_MAX);
        AuditInputs.DocumentCursor cursor = AuditInputs.documentPosition(v, in.cursor());
        v.throwIfInvalid();
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId()).with("aggregate_id", aggregateId)
                .with("event_type", eventType);
        DocumentQuery query = DocumentQuery.where(where).newestFirst().limit(limit + 1);
        query = to == null ? query : query.createdBefore(to);
        query = cursor == null ? query : query.after(cursor.createdAt(), cursor.id());
        DocumentQuery q = query;
        List<AuditArchive> page = ctx.read(r -> REPOSITORY.values(r, q));
        // newest first: the archives made before `from` are the page's tail, and end the list
        List<AuditArchive> inWindow = page.stream().filter(a -> from == null || !a.createdAt().isBefore(from)).toList();
        List<AuditArchive> shown = inWindow.subList(0, Math.min(limit, inWindow.size()));
        AuditArchive last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = inWindow.size() > limit ? AuditInputs.documentCursor(last.createdAt(), last.id()) : null;
        return new AuditArchiveList(AuditArchiveList.SCHEMA, shown.stream().map(AuditArchive::summary).toList(), next,
                Timestamps.format(ctx.now()));
    }

    AuditArchiveShown show(ShowAuditArchiveInput in, Actor actor) {
        return ctx.read(r -> {
            AuditArchive archive = REPOSITORY.require(r, actor.organizationId(), in.archiveId()).value();
            AuditArchiveItems stored = ITEMS.require(r, actor.organizationId(), archive.id()).value();
            byte[] json = stored.uncompressed();
            if (!AuditArchiveItems.digest(json).equals(archive.contentDigest())) {
                throw new AppaloftException(ErrorCode.CONFLICT, "audit archive " + archive.id()
                        + " does not match its digest", List.of(), Map.of("archiveId", archive.id()), null);
            }
            return new AuditArchiveShown(AuditArchiveShown.SCHEMA, archive.detail(AuditArchiveItems.items(json)),
                    Timestamps.format(ctx.now()));
        });
    }

    AuditArchivesPruned prune(PruneAuditArchivesInput in, Actor actor) {
        Validation v = new Validation();
        Instant before = v.requiredInstant("before", in.before());
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        return ctx.command(actor, "auditEvents.archives.prune", uow -> {
            DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                    .with("aggregate_id", aggregateId).with("event_type", eventType);
            List<Versioned<AuditArchive>> matched = REPOSITORY.query(uow.tx(),
                    DocumentQuery.where(where).createdBefore(before));
            Map<String, Long> bySource = new TreeMap<>();
            Map<String, Long> byType = new TreeMap<>();
            for (Versioned<AuditArchive> a : matched) {
                bySource.merge(a.value().source().kind(), 1L, Long::sum);
                byType.merge(a.value().eventType() == null ? ALL_TYPES : a.value().eventType(), 1L, Long::sum);
                if (!dryRun) {
                    REPOSITORY.delete(uow.tx(), a);
                    ITEMS.findIn(uow.tx(), actor.organizationId(), a.value().id())
                            .ifPresent(items -> ITEMS.delete(uow.tx(), items));
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dryRun", dryRun);
            payload.put("matchedCount", matched.size());
            payload.put("before", Timestamps.format(before));
            uow.event(PRUNED, actor.organizationId(), payload);
            return new AuditArchivesPruned(AuditArchivesPruned.SCHEMA, Timestamps.format(before), aggregateId,
                    eventType, dryRun, matched.size(), dryRun ? 0 : matched.size(), bySource, byType,
                    Timestamps.format(uow.now()));
        });
    }
}
