package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE;
import static dev.appaloft.api.catalog.DomainOperations.DEFAULT_ACCESS_DOMAIN_POLICIES_LIST;
import static dev.appaloft.api.catalog.DomainOperations.DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.domains.AccessPolicyScope;
import dev.appaloft.api.domains.ConfigureDefaultAccessPolicyInput;
import dev.appaloft.api.domains.DefaultAccessPolicyList;
import dev.appaloft.api.domains.DefaultAccessPolicyShown;
import dev.appaloft.api.domains.ListDefaultAccessPoliciesInput;
import dev.appaloft.api.domains.ShowDefaultAccessPolicyInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.servers.ServerRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code defaultAccessDomainPolicies.*}: how generated host names are made in an organization, at
 * the system scope (all its servers) or for one server ({@code deployment-target}, which wins).
 * A policy applies to deployments admitted after it changed; running ones keep their host.
 */
public final class DefaultAccessPolicyHandlers {

    static final Repository<DefaultAccessPolicyRecord> POLICIES = Repository
            .of(StoreCollections.DEFAULT_ACCESS_POLICIES, DefaultAccessPolicyRecord.class)
            .id(DefaultAccessPolicyRecord::id).createdAt(DefaultAccessPolicyRecord::createdAt)
            .organization(DefaultAccessPolicyRecord::organizationId)
            .index(p -> DocumentIndex.NONE.with("scope", p.scopeKind()).with(IndexFields.SERVER_ID, p.serverId()))
            .keys(p -> Set.of(p.slotKey()))
            .notFound(id -> AppaloftException.notFound("default access policy", id))
            .build();

    private static final Set<String> MODES = Set.of("disabled", "provider", "custom-template");

    private final CoreContext ctx;

    private DefaultAccessPolicyHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        DefaultAccessPolicyHandlers h = new DefaultAccessPolicyHandlers(ctx);
        registry.register(DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE, h::configure);
        registry.register(DEFAULT_ACCESS_DOMAIN_POLICIES_LIST, h::list);
        registry.register(DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW, h::show);
    }

    IdOutput configure(ConfigureDefaultAccessPolicyInput in, Actor actor) {
        Validation v = new Validation();
        v.required("scope", in.scope());
        String kind = in.scope() == null ? null : v.text("scope.kind", in.scope().kind(), 40);
        v.check(kind == null || Set.of(AccessPolicyScope.SYSTEM, AccessPolicyScope.DEPLOYMENT_TARGET).contains(kind),
                "scope.kind", "scope.kind must be system or deployment-target");
        String serverId = in.scope() == null ? null : v.optionalText("scope.serverId", in.scope().serverId(), 200);
        v.check(!AccessPolicyScope.DEPLOYMENT_TARGET.equals(kind) || serverId != null, "scope.serverId",
                "a deployment-target scope names its serverId");
        v.check(!AccessPolicyScope.SYSTEM.equals(kind) || serverId == null, "scope.serverId",
                "the system scope takes no serverId");
        String mode = v.text("mode", in.mode(), 40);
        v.check(mode == null || MODES.contains(mode), "mode", "mode must be disabled, provider or custom-template");
        String providerKey = v.optionalText("providerKey", in.providerKey(), 100);
        String templateRef = v.optionalText("templateRef", in.templateRef(), 253);
        v.check(!"provider".equals(mode) || providerKey == null
                        || Set.of(GeneratedHosts.LOCAL, GeneratedHosts.SSLIP).contains(providerKey),
                "providerKey", "providerKey must be local or sslip");
        v.check(!"custom-template".equals(mode) || templateRef != null, "templateRef",
                "a custom-template policy names its templateRef");
        v.check(templateRef == null || "custom-template".equals(mode), "templateRef",
                "templateRef applies to mode custom-template only");
        if (templateRef != null && "custom-template".equals(mode)) {
            String sample = GeneratedHosts.template(templateRef, "web", "production", "srv-1");
            DomainBindingHandlers.domainName(v, "templateRef", sample);
        }
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        if (serverId != null) {
            ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId)); // another organization's: 404
        }
        return ctx.command(actor, "defaultAccessDomainPolicies.configure", uow -> {
            Optional<Versioned<DefaultAccessPolicyRecord>> existing = POLICIES.findByKey(uow.tx(),
                    DefaultAccessPolicyRecord.slot(actor.organizationId(), kind, serverId));
            DefaultAccessPolicyRecord current = existing.map(Versioned::value).orElse(null);
            if (current != null && current.sameSettings(mode, providerKey, templateRef)) {
                return new IdOutput(current.id()); // as configured already: nothing to write
            }
            DefaultAccessPolicyRecord next = new DefaultAccessPolicyRecord(current == null ? Ids.next("dap") : current.id(),
                    actor.organizationId(), kind, serverId, mode, providerKey, templateRef,
                    current == null ? uow.now() : current.createdAt(), uow.now());
            if (existing.isPresent()) {
                POLICIES.update(uow.tx(), existing.get(), next, uow.now());
            } else {
                POLICIES.insert(uow.tx(), next, uow.now());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("scope", kind);
            if (serverId != null) {
                payload.put("serverId", serverId);
            }
            payload.put("mode", mode);
            if (providerKey != null) {
                payload.put("providerKey", providerKey);
            }
            if (templateRef != null) {
                payload.put("templateRef", templateRef);
            }
            uow.event("default-access-domain-policy-configured", next.id(), payload);
            return new IdOutput(next.id());
        });
    }

    DefaultAccessPolicyList list(ListDefaultAccessPoliciesInput in, Actor actor) {
        return new DefaultAccessPolicyList(DefaultAccessPolicyList.SCHEMA_VERSION, ctx.read(r -> POLICIES.values(r,
                DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())))).stream()
                .sorted(Comparator.comparing((DefaultAccessPolicyRecord p) -> !p.scopeKind().equals(AccessPolicyScope.SYSTEM))
                        .thenComparing(p -> p.serverId() == null ? "" : p.serverId()))
                .map(DefaultAccessPolicyRecord::view).toList());
    }

    DefaultAccessPolicyShown show(ShowDefaultAccessPolicyInput in, Actor actor) {
        Validation v = new Validation();
        String kind = in.scopeKind() == null || in.scopeKind().isBlank() ? AccessPolicyScope.SYSTEM : in.scopeKind();
        v.check(Set.of(AccessPolicyScope.SYSTEM, AccessPolicyScope.DEPLOYMENT_TARGET).contains(kind), "scopeKind",
                "scopeKind must be system or deployment-target");
        String serverId = Validation.filter(in.serverId());
        v.check(!AccessPolicyScope.DEPLOYMENT_TARGET.equals(kind) || serverId != null, "serverId",
                "a deployment-target scope names its serverId");
        v.throwIfInvalid();
        String server = AccessPolicyScope.SYSTEM.equals(kind) ? null : serverId;
        return ctx.read(r -> {
            if (server != null) {
                ServerRepository.require(r, actor.organizationId(), server);
            }
            return new DefaultAccessPolicyShown(DefaultAccessPolicyShown.SCHEMA_VERSION,
                    new AccessPolicyScope(kind, server),
                    GeneratedHosts.find(r, actor.organizationId(), kind, server).map(DefaultAccessPolicyRecord::view)
                            .orElse(null));
        });
    }
}
