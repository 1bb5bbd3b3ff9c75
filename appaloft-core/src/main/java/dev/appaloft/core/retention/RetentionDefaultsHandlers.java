package dev.appaloft.core.retention;

import static dev.appaloft.api.catalog.RetentionOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.retention.*;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code retentionDefaults.*}: how long each category of history is kept, for the instance and per
 * organization (an organization's policy overrides the instance's). Instance-wide defaults are set
 * from the instance's own organization only, so one tenant cannot shorten another's history.
 */
public final class RetentionDefaultsHandlers {

    static final long MAX_DAYS = 9_007_199_254_740_991L;

    static final Repository<StoredRetentionPolicy> POLICIES = Repository
            .of(StoreCollections.RETENTION_POLICIES, StoredRetentionPolicy.class)
            .id(StoredRetentionPolicy::id).createdAt(StoredRetentionPolicy::createdAt)
            .index(p -> DocumentIndex.ofOrganization(p.organizationId()).with("scope", p.scope().wire())
                    .with("category", p.category().wire()).with("enabled", Boolean.toString(p.enabled())))
            .keys(p -> java.util.Set.of(p.slotKey()))
            .notFound(id -> AppaloftException.notFound("retention policy", id))
            .build();

    private final CoreContext ctx;

    RetentionDefaultsHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        RetentionDefaultsHandlers h = new RetentionDefaultsHandlers(ctx);
        registry.register(RETENTION_DEFAULTS_CONFIGURE, h::configure);
        registry.register(RETENTION_DEFAULTS_LIST, h::list);
        registry.register(RETENTION_DEFAULTS_SHOW, h::show);
    }

    IdOutput configure(ConfigureRetentionDefaultInput in, Actor actor) {
        Validation v = new Validation();
        v.required("category", in.category());
        v.required("retentionDays", in.retentionDays());
        v.check(in.retentionDays() == null || (in.retentionDays() >= 1 && in.retentionDays() <= MAX_DAYS),
                "retentionDays", "retentionDays must be between 1 and " + MAX_DAYS);
        RetentionScope scope = in.scope() == null ? RetentionScope.SYSTEM : in.scope();
        v.check(scope != RetentionScope.SYSTEM || Validation.filter(in.organizationId()) == null, "organizationId",
                "a system-scope policy belongs to no organization");
        String policyId = v.optionalText("policyId", in.policyId(), 100);
        v.throwIfInvalid();
        String organizationId = scopedOrganization(scope, in.organizationId(), actor);
        return ctx.command(actor, "retentionDefaults.configure", uow -> {
            Optional<Versioned<StoredRetentionPolicy>> existing = policyId != null
                    ? Optional.of(requireVisible(uow.tx(), policyId, actor))
                    : POLICIES.findByKey(uow.tx(), slot(scope, organizationId, in.category()));
            existing.ifPresent(e -> {
                if (e.value().scope() != scope || e.value().category() != in.category()) {
                    throw AppaloftException.validation("policyId", "policy " + e.value().id() + " is the "
                            + e.value().scope().wire() + " policy of " + e.value().category().wire());
                }
            });
            StoredRetentionPolicy current = existing.map(Versioned::value).orElse(null);
            StoredRetentionPolicy next = new StoredRetentionPolicy(
                    current == null ? Ids.next("ret") : current.id(), scope, organizationId, in.category(),
                    in.retentionDays(),
                    orDefault(in.dryRunSchedulingEnabled(), current == null || current.dryRunSchedulingEnabled()),
                    orDefault(in.destructiveSchedulingEnabled(), current != null && current.destructiveSchedulingEnabled()),
                    orDefault(in.enabled(), current == null || current.enabled()),
                    current == null ? uow.now() : current.createdAt(), uow.now(), actor.id(), actorKind(actor));
            if (existing.isPresent()) {
                POLICIES.update(uow.tx(), existing.get(), next, uow.now());
            } else {
                POLICIES.insert(uow.tx(), next, uow.now());
            }
            uow.event("retention-default.configured", next.id(), Map.of("scope", scope.wire(),
                    "category", next.category().wire(), "retentionDays", next.retentionDays(),
                    "destructiveSchedulingEnabled", next.destructiveSchedulingEnabled(), "enabled", next.enabled()));
            return new IdOutput(next.id());
        });
    }

    RetentionDefaultList list(ListRetentionDefaultsInput in, Actor actor) {
        String organization = Validation.filter(in.organizationId());
        if (organization != null && !organization.equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", organization);
        }
        return ctx.read(r -> {
            List<RetentionPolicy> items = new ArrayList<>();
            if (in.scope() != RetentionScope.ORGANIZATION && organization == null) {
                items.addAll(query(r, null, RetentionScope.SYSTEM, in));
            }
            if (in.scope() != RetentionScope.SYSTEM) {
                items.addAll(query(r, actor.organizationId(), RetentionScope.ORGANIZATION, in));
            }
            return new RetentionDefaultList(RetentionDefaultList.SCHEMA_VERSION, items);
        });
    }

    RetentionDefaultShown show(ShowRetentionDefaultInput in, Actor actor) {
        new Validation().required("category", in.category()).throwIfInvalid();
        RetentionScope scope = in.scope() == null ? RetentionScope.SYSTEM : in.scope();
        if (scope == RetentionScope.SYSTEM && Validation.filter(in.organizationId()) != null) {
            throw AppaloftException.validation("organizationId", "a system-scope policy belongs to no organization");
        }
        String organizationId = scope == RetentionScope.SYSTEM ? null
                : sameOrganization(in.organizationId(), actor);
        RetentionPolicy policy = ctx.read(r -> POLICIES.findByKey(r, slot(scope, organizationId, in.category())))
                .map(p -> p.value().view()).orElse(null);
        return new RetentionDefaultShown(RetentionDefaultShown.SCHEMA_VERSION, policy);
    }

    /** The enabled policy that applies to {@code organizationId}'s {@code category}: its own, else the instance's. */
    static Optional<StoredRetentionPolicy> effective(StoreReader reader, String organizationId,
                                                     RetentionCategory category) {
        return POLICIES.findByKey(reader, slot(RetentionScope.ORGANIZATION, organizationId, category))
                .or(() -> POLICIES.findByKey(reader, slot(RetentionScope.SYSTEM, null, category)))
                .map(Versioned::value).filter(StoredRetentionPolicy::enabled);
    }

    private List<RetentionPolicy> query(StoreReader r, String organizationId, RetentionScope scope,
                                        ListRetentionDefaultsInput in) {
        DocumentIndex where = DocumentIndex.ofOrganization(organizationId).with("scope", scope.wire())
                .with("category", in.category() == null ? null : in.category().wire())
                .with("enabled", Boolean.TRUE.equals(in.enabledOnly()) ? "true" : null);
        return POLICIES.values(r, DocumentQuery.where(where)).stream().map(StoredRetentionPolicy::view).toList();
    }

    private Versioned<StoredRetentionPolicy> requireVisible(StoreReader r, String id, Actor actor) {
        return POLICIES.find(r, id).filter(p -> p.value().organizationId() == null
                        || p.value().organizationId().equals(actor.organizationId()))
                .orElseThrow(() -> AppaloftException.notFound("retention policy", id));
    }

    private static String scopedOrganization(RetentionScope scope, String requested, Actor actor) {
        if (scope == RetentionScope.ORGANIZATION) {
            return sameOrganization(requested, actor);
        }
        if (!Actor.SELF_HOSTED_ORGANIZATION.equals(actor.organizationId())) {
            throw new AppaloftException(ErrorCode.FORBIDDEN,
                    "instance-wide retention defaults are set from the instance's own organization");
        }
        return null;
    }

    private static String sameOrganization(String requested, Actor actor) {
        String organization = Validation.filter(requested);
        if (organization != null && !organization.equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", organization);
        }
        return actor.organizationId();
    }

    static String slot(RetentionScope scope, String organizationId, RetentionCategory category) {
        return "slot:" + scope.wire() + ":" + (organizationId == null ? "-" : organizationId) + ":" + category.wire();
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static String actorKind(Actor actor) {
        return switch (actor.kind()) {
            case USER -> "user";
            case DEPLOY_TOKEN -> "deploy-token";
            default -> "system";
        };
    }
}
