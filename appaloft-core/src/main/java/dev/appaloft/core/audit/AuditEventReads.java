package dev.appaloft.core.audit;

import dev.appaloft.api.Actor;
import dev.appaloft.api.audit.*;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import java.time.Instant;
import java.util.List;

/**
 * {@code auditEvents.list|show|export|exportGlobal}: reads of the audit stream, one organization
 * at a time by index (the instance owner's global export reads every organization's). Reads leave
 * no audit event: reading the log must not grow it.
 */
final class AuditEventReads {

    static final int LIST_DEFAULT = 50;
    static final int LIST_MAX = 100;
    static final int EXPORT_DEFAULT = 100;
    static final int EXPORT_MAX = 500;

    private final CoreContext ctx;

    AuditEventReads(CoreContext ctx) {
        this.ctx = ctx;
    }

    AuditEventList list(ListAuditEventsInput in, Actor actor) {
        Validation v = new Validation();
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        int limit = v.limit(in.limit(), LIST_DEFAULT, LIST_MAX);
        long before = AuditInputs.streamPosition(v, in.cursor());
        v.throwIfInvalid();
        StreamQuery query = new AuditFilter(aggregateId, eventType, null, null).query(actor.organizationId(), limit + 1)
                .before(before).newestFirst();
        List<StreamRecord> page = ctx.read(r -> r.queryStream(UnitOfWork.AUDIT, query));
        List<StreamRecord> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? AuditInputs.streamCursor(shown.get(shown.size() - 1).seq()) : null;
        return new AuditEventList(AuditEventList.SCHEMA, shown.stream().map(AuditRecords::summary).toList(), next,
                Timestamps.format(ctx.now()));
    }

    AuditEventShown show(ShowAuditEventInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("auditEventId", in.auditEventId(), AuditInputs.MAX_FILTER);
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        v.throwIfInvalid();
        long seq = AuditRecords.seq(id);
        StreamRecord record = seq == 0 ? null : find(actor.organizationId(), seq);
        if (record == null || (aggregateId != null && !aggregateId.equals(record.subjectId()))) {
            throw AppaloftException.notFound("audit event", id);
        }
        return new AuditEventShown(AuditEventShown.SCHEMA, AuditRecords.detail(record));
    }

    /** The organization's record at {@code seq}, or null. */
    StreamRecord find(String organizationId, long seq) {
        StreamQuery query = StreamQuery.of(organizationId, 1).after(seq - 1).before(seq + 1);
        return ctx.read(r -> r.queryStream(UnitOfWork.AUDIT, query)).stream().findFirst().orElse(null);
    }

    AuditEventExport export(ExportAuditEventsInput in, Actor actor) {
        Validation v = new Validation();
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        Instant from = v.instant("from", in.from());
        Instant to = v.instant("to", in.to());
        AuditInputs.window(v, from, to);
        int limit = v.limit(in.limit(), EXPORT_DEFAULT, EXPORT_MAX);
        AuditExportFormat format = AuditExportFormat.parse(v, in.format());
        v.throwIfInvalid();
        if (aggregateId == null) {
            throw AuditInputs.scopeRequired("an export names its aggregateId (exportGlobal exports a window)");
        }
        AuditFilter filter = new AuditFilter(aggregateId, eventType, from, to);
        AuditExportFilters filters =
                new AuditExportFilters(null, eventType, Timestamps.format(from), Timestamps.format(to), limit);
        if (format != AuditExportFormat.JSON) {
            return new AuditEventExport(AuditEventExport.SCHEMA, aggregateId, filters, List.of(), 0, false,
                    Timestamps.format(ctx.now()), streamed(filter, actor.organizationId(), format, in.limit()));
        }
        Page page = page(filter, actor.organizationId(), limit);
        return new AuditEventExport(AuditEventExport.SCHEMA, aggregateId, filters,
                page.items(), page.items().size(), page.truncated(), Timestamps.format(ctx.now()));
    }

    GlobalAuditEventExport exportGlobal(ExportGlobalAuditEventsInput in, Actor actor) {
        Validation v = new Validation();
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        Instant from = v.requiredInstant("from", in.from());
        Instant to = v.requiredInstant("to", in.to());
        AuditInputs.window(v, from, to);
        int limit = v.limit(in.limit(), EXPORT_DEFAULT, EXPORT_MAX);
        AuditExportFormat format = AuditExportFormat.parse(v, in.format());
        v.throwIfInvalid();
        String organization = instanceOwner(actor) ? null : actor.organizationId();
        AuditFilter filter = new AuditFilter(aggregateId, eventType, from, to);
        AuditExportFilters filters =
                new AuditExportFilters(aggregateId, eventType, Timestamps.format(from), Timestamps.format(to), limit);
        if (format != AuditExportFormat.JSON) {
            return new GlobalAuditEventExport(GlobalAuditEventExport.SCHEMA, filters, List.of(), 0, false,
                    Timestamps.format(ctx.now()), streamed(filter, organization, format, in.limit()));
        }
        Page page = page(filter, organization, limit);
        return new GlobalAuditEventExport(GlobalAuditEventExport.SCHEMA, filters,
                page.items(), page.items().size(), page.truncated(), Timestamps.format(ctx.now()));
    }

    /**
     * The owner of the instance's built-in organization (the operator, the host application, the
     * first admin) exports every organization's events; an owner of another organization, only its own.
     */
    static boolean instanceOwner(Actor actor) {
        return Actor.SELF_HOSTED_ORGANIZATION.equals(actor.organizationId()) && actor.hasRole(Actor.Role.OWNER)
                && actor.kind() != Actor.Kind.DEPLOY_TOKEN;
    }

    /**
     * A streamed export: without a limit it covers every matching event (the point of streaming);
     * the rows are read when the body is written, so a caller that never writes it reads nothing.
     */
    private AuditExportStream streamed(AuditFilter filter, String organizationId, AuditExportFormat format,
                                       Integer limit) {
        return new AuditExportStream(q -> ctx.read(r -> r.queryStream(UnitOfWork.AUDIT, q)), filter, organizationId, format, limit == null ? Long.MAX_VALUE : limit,
                AuditExportStream.PAGE);
    }

    private record Page(List<AuditEventDetail> items, boolean truncated) {
    }

    /** At most {@code limit} matching events, oldest first, and whether more matched. */
    private Page page(AuditFilter filter, String organizationId, int limit) {
        List<StreamRecord> records = ctx.read(r -> r.queryStream(UnitOfWork.AUDIT, filter.query(organizationId,
                limit + 1)));
        List<AuditEventDetail> items = records.stream().limit(limit).map(AuditRecords::detail).toList();
        return new Page(items, records.size() > limit);
    }
}
