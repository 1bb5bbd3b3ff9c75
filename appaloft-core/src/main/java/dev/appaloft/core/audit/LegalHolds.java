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
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code auditEvents.legalHolds.configure|list|show|release}. A hold covers one aggregate's events
 * (optionally in a window) or a bounded window of every aggregate's; while active, prune keeps
 * every event it covers. Configuring and releasing leave one audit event each.
 */
final class LegalHolds {

    static final String CONFIGURED = "audit-legal-hold-configured";
    static final String RELEASED = "audit-legal-hold-released";

    static final Repository<LegalHold> REPOSITORY = Repository.of(StoreCollections.AUDIT_LEGAL_HOLDS, LegalHold.class)
            .id(LegalHold::id).createdAt(LegalHold::createdAt).organization(LegalHold::organizationId)
            .index(h -> DocumentIndex.NONE.with("status", h.status()).with("aggregate_id", h.aggregateId())
                    .with("event_type", h.eventType()))
            .notFound(id -> AppaloftException.notFound("legal hold", id)).build();

    private final CoreContext ctx;

    LegalHolds(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** The organization's active holds: few, read whole. */
    static List<LegalHold> active(StoreReader r, String organizationId) {
        DocumentQuery query = REPOSITORY.scope(organizationId).statusIn(java.util.Set.of(LegalHoldView.ACTIVE));
        return REPOSITORY.values(r, query);
    }

    LegalHoldResult configure(ConfigureLegalHoldInput in, Actor actor) {
        Validation v = new Validation();
        String reason = v.text("reason", in.reason(), AuditInputs.MAX_REASON);
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        Instant from = v.instant("from", in.from());
        Instant to = v.instant("to", in.to());
        AuditInputs.window(v, from, to);
        String requestedBy = AuditInputs.filter(v, "requestedBy", in.requestedBy());
        v.throwIfInvalid();
        if (aggregateId == null && (from == null || to == null)) {
            throw AuditInputs.scopeRequired("a legal hold names an aggregateId or a bounded window (from and to)");
        }
        return ctx.command(actor, "auditEvents.legalHolds.configure", uow -> {
            LegalHold hold = new LegalHold(Ids.next("hold"), actor.organizationId(), LegalHoldView.ACTIVE, aggregateId,
                    eventType, from, to, reason, requestedBy == null ? actor.id() : requestedBy, uow.now(), null, null,
                    null);
            REPOSITORY.insert(uow.tx(), hold, uow.now());
            uow.event(CONFIGURED, hold.id(), scopePayload(hold));
            return new LegalHoldResult(LegalHoldResult.SCHEMA, hold.view());
        });
    }

    LegalHoldList list(ListLegalHoldsInput in, Actor actor) {
        Validation v = new Validation();
        String status = AuditInputs.filter(v, "status", in.status());
        v.check(status == null || status.equals(LegalHoldView.ACTIVE) || status.equals(LegalHoldView.RELEASED),
                "status", "status must be active or released");
        String aggregateId = AuditInputs.filter(v, "aggregateId", in.aggregateId());
        String eventType = AuditInputs.filter(v, "eventType", in.eventType());
        int limit = v.limit(in.limit(), AuditEventReads.LIST_DEFAULT, AuditEventReads.LIST_MAX);
        AuditInputs.DocumentCursor cursor = AuditInputs.documentPosition(v, in.cursor());
        v.throwIfInvalid();
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId());
        where = status == null ? where : where.with("status", status);
        where = aggregateId == null ? where : where.with("aggregate_id", aggregateId);
        where = eventType == null ? where : where.with("event_type", eventType);
        DocumentQuery query = DocumentQuery.where(where).newestFirst().limit(limit + 1);
        if (cursor != null) {
            query = query.after(cursor.createdAt(), cursor.id());
        }
        DocumentQuery q = query;
        List<LegalHold> page = ctx.read(r -> REPOSITORY.values(r, q));
        List<LegalHold> shown = page.subList(0, Math.min(limit, page.size()));
        LegalHold last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = page.size() > limit ? AuditInputs.documentCursor(last.createdAt(), last.id()) : null;
        return new LegalHoldList(LegalHoldList.SCHEMA, shown.stream().map(LegalHold::view).toList(), next,
                Timestamps.format(ctx.now()));
    }

    LegalHoldShown show(ShowLegalHoldInput in, Actor actor) {
        LegalHold hold = ctx.read(r -> REPOSITORY.require(r, actor.organizationId(), in.holdId())).value();
        return new LegalHoldShown(LegalHoldShown.SCHEMA, hold.view(), Timestamps.format(ctx.now()));
    }

    LegalHoldResult release(ReleaseLegalHoldInput in, Actor actor) {
        Validation v = new Validation();
        String why = v.text("releaseReason", in.releaseReason(), AuditInputs.MAX_REASON);
        String by = AuditInputs.filter(v, "releasedBy", in.releasedBy());
        v.throwIfInvalid();
        return ctx.command(actor, "auditEvents.legalHolds.release", uow -> {
            Versioned<LegalHold> hold = REPOSITORY.require(uow.tx(), actor.organizationId(), in.holdId());
            if (!hold.value().active()) {
                throw new AppaloftException(ErrorCode.AUDIT_LEGAL_HOLD_RELEASED,
                        "legal hold " + in.holdId() + " was released already", List.of(),
                        Map.of("holdId", in.holdId(), "status", hold.value().status()), null);
            }
            LegalHold released = hold.value().released(uow.now(), why, by == null ? actor.id() : by);
            REPOSITORY.update(uow.tx(), hold, released, uow.now());
            uow.event(RELEASED, released.id(), Map.of("reason", why));
            return new LegalHoldResult(LegalHoldResult.SCHEMA, released.view());
        });
    }

    private static Map<String, Object> scopePayload(LegalHold hold) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("scopeKind", hold.aggregateId() == null ? AuditScope.GLOBAL_WINDOW : AuditScope.AGGREGATE);
        if (hold.aggregateId() != null) {
            payload.put("heldAggregateId", hold.aggregateId());
        }
        if (hold.eventType() != null) {
            payload.put("heldEventType", hold.eventType());
        }
        return payload;
    }
}
