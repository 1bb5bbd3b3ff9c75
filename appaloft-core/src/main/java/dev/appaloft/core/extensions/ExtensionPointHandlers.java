package dev.appaloft.core.extensions;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The original's extension points with their community defaults: capabilities from the access
 * table, every capability entitled, usage intents recorded (idempotent per key), deployment
 * overlays skipped (none installed) and route surfaces enabled, each decision recorded and listed
 * per organization.
 */
public final class ExtensionPointHandlers {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    static final Repository<StoredUsageIntent> INTENTS = Repository
            .of(StoreCollections.USAGE_INTENTS, StoredUsageIntent.class)
            .id(StoredUsageIntent::id).createdAt(StoredUsageIntent::recordedAt)
            .organization(StoredUsageIntent::organizationId)
            .index(i -> DocumentIndex.NONE.with("capability_key", i.record().capabilityKey())
                    .with("source", i.record().source()).with("tenant_id", i.record().tenantId())
                    .with("account_id", i.record().accountId()))
            .keys(i -> Set.of("idempotency:" + i.organizationId() + ":" + i.record().idempotencyKey()))
            .build();
    static final Repository<StoredDecision> DECISIONS = Repository
            .of(StoreCollections.OVERLAY_DECISIONS, StoredDecision.class)
            .id(StoredDecision::id).createdAt(StoredDecision::decidedAt).organization(StoredDecision::organizationId)
            .index(d -> DocumentIndex.NONE.with("kind", d.kind()).with("operation_key", d.record().operationKey())
                    .with("source", d.record().source()).with("capability_key", d.record().capabilityKey())
                    .with("tenant_id", d.record().tenantId()).with("account_id", d.record().accountId())
                    .with("surface_kind", d.record().surfaceKind()))
            .build();

    private final CoreContext ctx;

    private ExtensionPointHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, Predicate<Operation<?, ?>> implemented) {
        ExtensionPointHandlers h = new ExtensionPointHandlers(ctx);
        registry.register(CAPABILITIES_QUERY, new CapabilityHandler(implemented))
                .register(ENTITLEMENTS_QUERY, new EntitlementHandler())
                .register(USAGE_INTENTS_RECORD, h::record)
                .register(USAGE_INTENTS_LIST, h::intents)
                .register(DEPLOYMENT_OVERLAYS_EVALUATE, h::overlay)
                .register(DEPLOYMENT_OVERLAYS_LIST, (in, actor) -> h.decisions(in, actor, StoredDecision.OVERLAY))
                .register(ROUTE_SURFACES_EVALUATE, h::routeSurface)
                .register(ROUTE_SURFACES_LIST, (in, actor) -> h.decisions(in, actor, StoredDecision.ROUTE_SURFACE));
    }

    UsageIntentRecorded record(RecordUsageIntentInput input, Actor actor) {
        Validation v = new Validation();
        String key = v.text("idempotencyKey", input.idempotencyKey(), 200);
        String capability = v.text("capabilityKey", input.capabilityKey(), 200);
        String source = v.text("source", input.source(), 200);
        v.check(input.quantity() == null || input.quantity().value() > 0, List.of("quantity", "value"),
                "quantity.value must be greater than 0");
        v.throwIfInvalid();
        sameOrganization(actor, input.organizationId());
        String reason = "recorded; no metering provider is installed";
        try {
            return ctx.command(actor, "usageIntents.record", uow -> {
                String now = Timestamps.format(uow.now());
                UsageIntentRecord record = new UsageIntentRecord(UsageIntentRecord.SCHEMA, Ids.next("uin"), key,
                        capability, "accepted", reason, source, input.tenantId(), input.accountId(),
                        actor.organizationId(), actorRef(input.actor(), actor), input.resourceRefs(), input.quantity(),
                        input.occurredAt() != null ? input.occurredAt() : now, now, input.attributes(), null);
                INTENTS.insert(uow.tx(), new StoredUsageIntent(record.id(), actor.organizationId(), record, uow.now()),
                        uow.now());
                uow.event("usage-intent.recorded", record.id(), Map.of("capabilityKey", capability, "source", source));
                return new UsageIntentRecorded(new UsageIntentRecorded.Result(key, capability, true, false, "accepted",
                        reason, source, record, null));
            });
        } catch (AppaloftException e) {
            if (!e.code().equals(dev.appaloft.api.error.ErrorCode.CONFLICT)) {
                throw e;
            }
            // the same key again: answer the first record, unchanged (an idempotent retry)
            UsageIntentRecord first = ctx.read(r -> INTENTS.findByKey(r, "idempotency:" + actor.organizationId() + ":" + key))
                    .map(s -> s.value().record()).orElseThrow(() -> e);
            return new UsageIntentRecorded(new UsageIntentRecorded.Result(key, first.capabilityKey(), true, true,
                    "duplicate", "already recorded under this idempotency key", first.source(), first, null));
        }
    }

    UsageIntentList intents(ListUsageIntentsInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        sameOrganization(actor, Validation.filter(input.organizationId()));
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                .with("capability_key", Validation.filter(input.capabilityKey()))
                .with("source", Validation.filter(input.source())).with("tenant_id", Validation.filter(input.tenantId()))
                .with("account_id", Validation.filter(input.accountId()));
        return new UsageIntentList(ctx.read(r -> INTENTS.values(r, DocumentQuery.where(where).newestFirst().limit(limit)))
                .stream().map(StoredUsageIntent::record).toList());
    }

    OverlayEvaluated overlay(EvaluateDeploymentOverlayInput input, Actor actor) {
        return decide(actor, StoredDecision.OVERLAY, input.operationKey(), input.source(), null, input.tenantId(),
                input.accountId(), input.organizationId(), input.actor(), input.resourceRefs(), input.capabilityKey(),
                input.attributes(), "skipped", "no deployment overlay is installed; the operation runs unchanged");
    }

    OverlayEvaluated routeSurface(EvaluateRouteSurfaceInput input, Actor actor) {
        return decide(actor, StoredDecision.ROUTE_SURFACE, input.operationKey(), input.source(), input.surfaceKind(),
                input.tenantId(), input.accountId(), input.organizationId(), input.actor(), input.resourceRefs(),
                input.capabilityKey(), input.attributes(), "enabled", "no route-surface policy is installed; every surface is served");
    }

    OverlayDecisionList decisions(ListOverlayDecisionsInput input, Actor actor, String kind) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        sameOrganization(actor, Validation.filter(input.organizationId()));
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId()).with("kind", kind)
                .with("operation_key", Validation.filter(input.operationKey()))
                .with("source", Validation.filter(input.source()))
                .with("capability_key", Validation.filter(input.capabilityKey()))
                .with("tenant_id", Validation.filter(input.tenantId()))
                .with("account_id", Validation.filter(input.accountId()))
                .with("surface_kind", Validation.filter(input.surfaceKind()));
        return new OverlayDecisionList(ctx.read(r -> DECISIONS.values(r, DocumentQuery.where(where).newestFirst()
                .limit(limit))).stream().map(StoredDecision::record).toList());
    }

    private OverlayEvaluated decide(Actor actor, String kind, String operationKey, String source, String surfaceKind,
                                    String tenantId, String accountId, String organizationId, ActorRef actorRef,
                                    Map<String, String> refs, String capabilityKey, Map<String, Object> attributes,
                                    String decision, String reason) {
        Validation v = new Validation();
        v.text("operationKey", operationKey, 200);
        v.text("source", source, 200);
        if (kind.equals(StoredDecision.ROUTE_SURFACE)) {
            v.text("surfaceKind", surfaceKind, 200);
        }
        v.throwIfInvalid();
        sameOrganization(actor, organizationId);
        return ctx.command(actor, kind + "s.evaluate", uow -> {
            OverlayDecision record = new OverlayDecision(kind.equals(StoredDecision.OVERLAY)
                    ? OverlayDecision.OVERLAY_SCHEMA : OverlayDecision.ROUTE_SURFACE_SCHEMA, Ids.next("ovd"),
                    operationKey, decision, reason, source, surfaceKind, tenantId, accountId, actor.organizationId(),
                    actorRef(actorRef, actor), refs, capabilityKey, Timestamps.format(uow.now()), attributes, null);
            DECISIONS.insert(uow.tx(), new StoredDecision(record.id(), actor.organizationId(), kind, record, uow.now()),
                    uow.now());
            uow.event(kind + ".decided", record.id(), Map.of("operationKey", operationKey, "decision", decision));
            return new OverlayEvaluated(new OverlayEvaluated.Result(operationKey, decision, true, reason, source,
                    surfaceKind, record, null));
        });
    }

    /**
     * The query batch of {@code capabilities.query} and {@code entitlements.query}: 1 to 100 entries,
     * each naming its key, and none naming another organization (404: ids do not leak).
     */
    static <Q> void checkQueries(Actor actor, List<Q> queries, String keyField, Function<Q, String> key,
                                 Function<Q, String> organizationId) {
        Validation v = new Validation();
        v.required("queries", queries);
        v.check(queries == null || (!queries.isEmpty() && queries.size() <= 100), "queries",
                "queries must hold 1 to 100 entries");
        if (queries != null) {
            for (int i = 0; i < queries.size(); i++) {
                Q q = queries.get(i);
                v.check(q != null && key.apply(q) != null && !key.apply(q).isBlank(),
                        List.of("queries", i, keyField), keyField + " is required");
            }
        }
        v.throwIfInvalid();
        queries.forEach(q -> sameOrganization(actor, organizationId.apply(q)));
    }

    /** Records belong to the caller's organization; naming another one answers 404 (ids do not leak). */
    static void sameOrganization(Actor actor, String organizationId) {
        if (organizationId != null && !organizationId.equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", organizationId);
        }
    }

    private static ActorRef actorRef(ActorRef given, Actor actor) {
        if (given != null) {
            return given;
        }
        String kind = actor.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new ActorRef(kind, actor.id(), actor.kind() == Actor.Kind.USER ? actor.id() : null, null);
    }

}
