package dev.appaloft.core.servers.capacity;

import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_POLICY_CONFIGURE;
import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_POLICY_LIST;
import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_POLICY_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.servers.capacity.CapacityPolicy;
import dev.appaloft.api.servers.capacity.CapacityPolicyList;
import dev.appaloft.api.servers.capacity.CapacityPolicyShown;
import dev.appaloft.api.servers.capacity.ConfigureCapacityPolicyInput;
import dev.appaloft.api.servers.capacity.ListCapacityPoliciesInput;
import dev.appaloft.api.servers.capacity.PruneCategory;
import dev.appaloft.api.servers.capacity.ShowCapacityPolicyInput;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.servers.ServerRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code servers.capacity.policy.*}: the scheduled prune policies of an organization. One policy
 * per scope and server: configuring the pair again updates it (so configure is idempotent), and
 * configuring a policy exactly as it is writes nothing. A policy for one server names a server of
 * the organization; {@code *} covers them all.
 */
public final class CapacityPolicyHandlers {

    static final long MAX_DAYS = 9_007_199_254_740_991L;
    static final String DEFAULT_VERSION = "v1";
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";

    static final Repository<CapacityPolicyRecord> POLICIES = Repository
            .of(StoreCollections.CAPACITY_POLICIES, CapacityPolicyRecord.class)
            .id(CapacityPolicyRecord::id).createdAt(CapacityPolicyRecord::createdAt)
            .organization(CapacityPolicyRecord::organizationId)
            .index(p -> DocumentIndex.NONE.with("scope", p.scope().wire()).with(IndexFields.SERVER_ID, p.serverId())
                    .with("enabled", Boolean.toString(p.enabled())))
            .keys(p -> java.util.Set.of(p.slotKey()))
            .notFound(id -> AppaloftException.notFound("capacity policy", id))
            .conflicts((r, e, p) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.CAPACITY_POLICY_CONFLICT, "another policy already holds the "
                            + p.scope().wire() + " scope of server " + p.serverId())
                    : null)
            .build();

    private final CoreContext ctx;

    private CapacityPolicyHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        CapacityPolicyHandlers h = new CapacityPolicyHandlers(ctx);
        registry.register(SERVERS_CAPACITY_POLICY_CONFIGURE, h::configure);
        registry.register(SERVERS_CAPACITY_POLICY_LIST, h::list);
        registry.register(SERVERS_CAPACITY_POLICY_SHOW, h::show);
    }

    IdOutput configure(ConfigureCapacityPolicyInput in, Actor actor) {
        Validation v = new Validation();
        v.required("scope", in.scope());
        v.required("retentionDays", in.retentionDays());
        v.check(in.retentionDays() == null || (in.retentionDays() >= 1 && in.retentionDays() <= MAX_DAYS),
                "retentionDays", "retentionDays must be between 1 and " + MAX_DAYS);
        String policyId = v.optionalText("policyId", in.policyId(), 100);
        v.check(policyId == null || policyId.matches(ID_PATTERN), "policyId",
                "policyId may hold letters, digits and _ . : - only");
        String version = v.optionalText("version", in.version(), 100);
        String serverId = v.optionalText("serverId", in.serverId(), 200);
        List<PruneCategory> categories = categories(v, in.categories());
        v.throwIfInvalid();
        String server = serverId == null ? CapacityPolicy.ALL_SERVERS : serverId;
        if (!server.equals(CapacityPolicy.ALL_SERVERS)) {
            ctx.read(r -> ServerRepository.require(r, actor.organizationId(), server)); // another organization's: 404
        }
        return ctx.command(actor, "servers.capacity.policy.configure", uow -> {
            Optional<Versioned<CapacityPolicyRecord>> existing = policyId != null
                    ? byId(uow.tx(), policyId, actor)
                    : POLICIES.findByKey(uow.tx(), CapacityPolicyRecord.slot(actor.organizationId(), in.scope(), server));
            CapacityPolicyRecord current = existing.map(Versioned::value).orElse(null);
            CapacityPolicyRecord next = new CapacityPolicyRecord(
                    current != null ? current.id() : policyId != null ? policyId : Ids.next("rpp"),
                    actor.organizationId(), version == null ? DEFAULT_VERSION : version, in.scope(), server,
                    in.retentionDays(), Boolean.TRUE.equals(in.destructive()), categories,
                    !Boolean.FALSE.equals(in.retryOnFailure()), !Boolean.FALSE.equals(in.enabled()),
                    current == null ? uow.now() : current.createdAt(), uow.now(), actor.id());
            if (current != null && current.sameSettings(next)) {
                return new IdOutput(current.id()); // as configured already: nothing to write
            }
            if (existing.isPresent()) {
                POLICIES.update(uow.tx(), existing.get(), next, uow.now());
            } else {
                POLICIES.insert(uow.tx(), next, uow.now());
            }
            uow.event("server.capacity-policy-configured", next.id(), Map.of("scope", next.scope().wire(),
                    "serverId", next.serverId(), "version", next.version(), "retentionDays", next.retentionDays(),
                    "destructive", next.destructive(), "categories", next.categories().stream().map(PruneCategory::wire)
                            .toList(), "enabled", next.enabled()));
            return new IdOutput(next.id());
        });
    }

    CapacityPolicyList list(ListCapacityPoliciesInput in, Actor actor) {
        Validation v = new Validation();
        String serverId = Validation.filter(in.serverId());
        Boolean enabledOnly = flag(v, "enabledOnly", in.enabledOnly());
        v.throwIfInvalid();
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                .with("scope", in.scope() == null ? null : in.scope().wire()).with(IndexFields.SERVER_ID, serverId)
                .with("enabled", Boolean.TRUE.equals(enabledOnly) ? "true" : null);
        List<CapacityPolicy> items = ctx.read(r -> POLICIES.values(r, DocumentQuery.where(where))).stream()
                .sorted(PRECEDENCE.reversed().thenComparing(CapacityPolicyRecord::serverId))
                .map(CapacityPolicyRecord::view).toList();
        return new CapacityPolicyList(CapacityPolicyList.SCHEMA_VERSION, items);
    }

    CapacityPolicyShown show(ShowCapacityPolicyInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("policyId", in.policyId(), 200);
        v.throwIfInvalid();
        // the spec answers an unknown policy with null: another organization's reads the same
        CapacityPolicy policy = ctx.read(r -> POLICIES.findIn(r, actor.organizationId(), id))
                .map(p -> p.value().view()).orElse(null);
        return new CapacityPolicyShown(CapacityPolicyShown.SCHEMA_VERSION, policy);
    }

    /** Strongest scope first; at one scope a policy of the server beats one for every server. */
    static final Comparator<CapacityPolicyRecord> PRECEDENCE = Comparator
            .comparing((CapacityPolicyRecord p) -> p.scope().ordinal())
            .thenComparing(p -> !p.serverId().equals(CapacityPolicy.ALL_SERVERS));

    /** The enabled policy that applies to one server of the organization: the strongest of its own and the {@code *} ones. */
    static Optional<CapacityPolicyRecord> effective(StoreReader reader, String organizationId, String serverId) {
        List<CapacityPolicyRecord> candidates = new ArrayList<>();
        for (String server : List.of(serverId, CapacityPolicy.ALL_SERVERS)) {
            candidates.addAll(POLICIES.values(reader, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                    .with(IndexFields.SERVER_ID, server).with("enabled", "true"))));
        }
        return candidates.stream().max(PRECEDENCE);
    }

    /** Every enabled policy of every organization (what the scheduler hands to workers). */
    static List<CapacityPolicyRecord> enabled(StoreReader reader) {
        return POLICIES.values(reader, DocumentQuery.where(DocumentIndex.NONE.with("enabled", "true")));
    }

    /**
     * The policy of this organization with that id; an id free everywhere is a new policy's, an id
     * held by another organization reads as not found.
     */
    private Optional<Versioned<CapacityPolicyRecord>> byId(StoreReader r, String id, Actor actor) {
        Optional<Versioned<CapacityPolicyRecord>> any = POLICIES.find(r, id);
        if (any.isPresent() && !any.get().value().organizationId().equals(actor.organizationId())) {
            throw AppaloftException.notFound("capacity policy", id);
        }
        return any;
    }

    private static List<PruneCategory> categories(Validation v, List<PruneCategory> given) {
        if (given == null) {
            return PruneCategory.POLICY_DEFAULTS;
        }
        v.check(!given.isEmpty(), "categories", "categories must name at least one category");
        v.check(given.stream().allMatch(java.util.Objects::nonNull), "categories", "categories must not hold null");
        return List.copyOf(new LinkedHashSet<>(given.stream().filter(java.util.Objects::nonNull).toList()));
    }

    /** A query flag the spec lets be a boolean or a string: true/false (any case), 1/0, yes/no; blank is absent. */
    static Boolean flag(Validation v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                v.check(false, field, field + " must be true or false");
                yield null;
            }
        };
    }
}
