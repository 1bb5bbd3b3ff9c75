package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_CONFIGURE_ROUTE;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_CREATE;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_DELETE;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_DELETE_CHECK;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_LIST;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.domains.ConfigureDomainRouteInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.domains.DeleteDomainBindingInput;
import dev.appaloft.api.domains.DomainBindingDeleteCheck;
import dev.appaloft.api.domains.DomainBindingDetail;
import dev.appaloft.api.domains.DomainBindingList;
import dev.appaloft.api.domains.ListDomainBindingsInput;
import dev.appaloft.api.domains.ShowDomainBindingInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.ServerRepository;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code domainBindings.create|list|show|deleteCheck|delete|configureRoute}. Ownership
 * ({@code confirmOwnership}, {@code retryVerification}) is {@link DomainOwnership}'s. A change
 * that moves a route is committed first, then applied on the proxy.
 */
public final class DomainBindingHandlers {

    static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 307, 308);
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CoreContext ctx;
    private final DomainRoutes routes;
    private final DomainBindingViews views;

    private DomainBindingHandlers(CoreContext ctx, DomainRoutes routes) {
        this.ctx = ctx;
        this.routes = routes;
        this.views = new DomainBindingViews(routes);
    }

    /**
     * What the engine calls: {@code moved} when a resource's instance moved (deployments, restores),
     * {@code restoreAll} once at start (a local proxy starts empty; this also covers resources
     * routed only by their domains, which have no generated route to restore).
     */
    public record Hooks(dev.appaloft.core.deployments.DeploymentRuntimes.InstanceMoved moved, Runnable restoreAll) {
    }

    /** Registers the domain binding operations. */
    public static Hooks register(HandlerRegistry registry, CoreContext ctx,
            dev.appaloft.core.deployments.DeploymentRuntimes runtimes, DomainOwnership.Settings ownership,
            dev.appaloft.core.work.WorkKinds kinds) {
        DomainRoutes routes = new DomainRoutes(ctx, runtimes);
        DomainBindingHandlers h = new DomainBindingHandlers(ctx, routes);
        registry.register(DOMAIN_BINDINGS_CREATE, h::create);
        registry.register(DOMAIN_BINDINGS_LIST, h::list);
        registry.register(DOMAIN_BINDINGS_SHOW, h::show);
        registry.register(DOMAIN_BINDINGS_DELETE_CHECK, h::deleteCheck);
        registry.register(DOMAIN_BINDINGS_DELETE, h::delete);
        registry.register(DOMAIN_BINDINGS_CONFIGURE_ROUTE, h::configureRoute);
        DomainOwnership.register(registry, ctx, routes, ownership, kinds);
        return new Hooks(h::resourceMoved, h::restoreAll);
    }

    /** Applies the route of every routed binding of every organization, resource by resource. */
    void restoreAll() {
        List<DomainBinding> routed = ctx.read(r -> DomainBindingRepository.BINDINGS.values(r,
                dev.appaloft.api.store.DocumentQuery.all().statusIn(DomainBinding.ROUTED)));
        routed.stream().map(b -> Map.entry(b.organizationId(), b.resourceId())).distinct().forEach(resource -> {
            try {
                resourceMoved(resource.getKey(), resource.getValue(), null, null);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DomainBindingHandlers.class).warn(
                        "could not restore the domain routes of resource {}: {}", resource.getValue(), e.toString());
            }
        });
    }

    IdOutput create(CreateDomainBindingInput in, Actor actor) {
        Validation v = new Validation();
        String projectId = v.text("projectId", in.projectId(), 200);
        String environmentId = v.text("environmentId", in.environmentId(), 200);
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String serverId = v.text("serverId", in.serverId(), 200);
        String destinationId = v.text("destinationId", in.destinationId(), 200);
        String domain = domainName(v, "domainName", in.domainName());
        String pathPrefix = pathPrefix(v, in.pathPrefix());
        String proxyKind = v.text("proxyKind", in.proxyKind(), 20);
        v.check(proxyKind == null || Set.of("none", "caddy", "traefik").contains(proxyKind), "proxyKind",
                "proxyKind must be none, caddy or traefik");
        v.check(!"traefik".equals(proxyKind), "proxyKind", "this control plane's edge proxy is caddy");
        String tlsMode = in.tlsMode() == null ? "auto" : in.tlsMode();
        v.check(Set.of("auto", "disabled").contains(tlsMode), "tlsMode", "tlsMode must be auto or disabled");
        String policy = in.certificatePolicy() == null ? ("auto".equals(tlsMode) ? "auto" : "disabled") : in.certificatePolicy();
        v.check(Set.of("auto", "manual", "disabled").contains(policy), "certificatePolicy",
                "certificatePolicy must be auto, manual or disabled");
        v.check(!"disabled".equals(tlsMode) || "disabled".equals(policy), "certificatePolicy",
                "a binding without TLS takes no certificate: certificatePolicy must be disabled");
        String redirectTo = in.redirectTo() == null ? null : domainName(v, "redirectTo", in.redirectTo());
        Integer redirectStatus = redirectStatus(v, redirectTo, in.redirectStatus());
        v.check(redirectTo == null || !redirectTo.equals(domain), "redirectTo", "a binding cannot redirect to itself");
        String idempotencyKey = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        if (resourceId != null && serverId != null) {
            // another organization's resource or server reads as missing, whatever else is wrong
            ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), resourceId));
            ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId));
        }
        v.throwIfInvalid();
        if ("none".equals(proxyKind)) {
            throw new AppaloftException(ErrorCode.DOMAIN_BINDING_PROXY_REQUIRED,
                    "a domain binding is a route on an edge proxy: proxyKind none cannot serve it",
                    List.of(dev.appaloft.api.error.Issue.required("proxyKind", "string")), Map.of(), null);
        }
        return ctx.command(actor, "domainBindings.create", uow -> {
            if (idempotencyKey != null) {
                Optional<Versioned<DomainBinding>> same = DomainBindingRepository.BINDINGS.findByKey(uow.tx(),
                        DomainBindingRepository.idempotencyKey(actor.organizationId(), idempotencyKey));
                if (same.isPresent()) {
                    return new IdOutput(same.get().value().id());
                }
            }
            Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), resourceId).value();
            ServerRepository.require(uow.tx(), actor.organizationId(), serverId);
            resource.ensureActive();
            Validation context = new Validation();
            context.check(resource.projectId().equals(projectId), "projectId", "the resource is not in project " + projectId);
            context.check(resource.environmentId().equals(environmentId), "environmentId",
                    "the resource is not in environment " + environmentId);
            context.throwIfInvalid();
            String id = Ids.next("dmb");
            DomainBinding.Attempt first = new DomainBinding.Attempt(Ids.next("dva"), "pending", "dns", null, uow.now(),
                    null, List.of(), null, null, null);
            DomainBinding draft = new DomainBinding(id, actor.organizationId(), projectId, environmentId, resourceId,
                    serverId, destinationId, domain, pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, policy,
                    DomainBinding.PENDING_VERIFICATION, HexFormat.of().formatHex(bytes()), List.of(first), null, null,
                    idempotencyKey, uow.now(), null);
            DomainBinding binding = draft.withAttempt(first, DomainBindingViews.expected(draft, uow.now()));
            if (redirectTo != null) {
                requireCanonical(uow, binding);
            }
            DomainBindingRepository.BINDINGS.insert(uow.tx(), binding, uow.now());
            uow.event("domain-binding-requested", id, summary(binding));
            return new IdOutput(id);
        });
    }

    DomainBindingList list(ListDomainBindingsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 500);
        v.throwIfInvalid();
        return ctx.read(r -> new DomainBindingList(DomainBindingRepository.BINDINGS.values(r,
                DomainBindingRepository.where(actor.organizationId(), Validation.filter(in.projectId()),
                        Validation.filter(in.environmentId()), Validation.filter(in.resourceId()))
                        .newestFirst().limit(limit)).stream().map(DomainBindingViews::view).toList()));
    }

    DomainBindingDetail show(ShowDomainBindingInput in, Actor actor) {
        DomainBinding b = require(in.domainBindingId(), actor);
        return views.detail(ctx, b);
    }

    DomainBindingDeleteCheck deleteCheck(ShowDomainBindingInput in, Actor actor) {
        DomainBinding b = require(in.domainBindingId(), actor);
        return ctx.read(r -> DomainBindingViews.deleteSafety(r, b));
    }

    IdOutput delete(DeleteDomainBindingInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("domainBindingId", in.domainBindingId(), 200);
        v.required("confirmation", in.confirmation());
        String confirmed = in.confirmation() == null ? null
                : v.text("confirmation.domainBindingId", in.confirmation().domainBindingId(), 200);
        v.check(confirmed == null || confirmed.equals(id), List.of("confirmation", "domainBindingId"),
                "confirmation.domainBindingId must repeat the id of the binding to delete");
        v.throwIfInvalid();
        DomainBinding deleted = ctx.command(actor, "domainBindings.delete", uow -> {
            Versioned<DomainBinding> current = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(), id);
            DomainBindingDeleteCheck safety = DomainBindingViews.deleteSafety(uow.tx(), current.value());
            if (!safety.safeToDelete()) {
                throw new AppaloftException(ErrorCode.DOMAIN_BINDING_DELETE_BLOCKED, "the binding has blockers: "
                        + safety.blockers().get(0).message());
            }
            DomainBinding gone = current.value().deleted(uow.now());
            DomainBindingRepository.BINDINGS.update(uow.tx(), current, gone, uow.now());
            uow.event("domain-binding-deleted", id, Map.of("domainName", gone.domainName(), "pathPrefix",
                    gone.pathPrefix(), "resourceId", gone.resourceId()));
            return gone;
        });
        routes.remove(deleted);
        // aliases of a deleted canonical binding lose their redirect route
        ctx.read(r -> DomainBindingRepository.aliasesOf(r, deleted)).forEach(routes::apply);
        return new IdOutput(id);
    }

    IdOutput configureRoute(ConfigureDomainRouteInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("domainBindingId", in.domainBindingId(), 200);
        String redirectTo = in.redirectTo() == null ? null : domainName(v, "redirectTo", in.redirectTo());
        Integer status = redirectStatus(v, redirectTo, in.redirectStatus());
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        if (id != null) {
            ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), id)); // 404 first
        }
        v.throwIfInvalid();
        DomainBinding changed = ctx.command(actor, "domainBindings.configureRoute", uow -> {
            Versioned<DomainBinding> current = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(), id);
            DomainBinding b = current.value();
            if (java.util.Objects.equals(b.redirectTo(), redirectTo) && java.util.Objects.equals(b.redirectStatus(), status)) {
                return null; // as configured already
            }
            if (redirectTo != null) {
                Validation self = new Validation();
                self.check(!redirectTo.equals(b.domainName()), "redirectTo", "a binding cannot redirect to itself");
                self.throwIfInvalid();
                if (!DomainBindingRepository.aliasesOf(uow.tx(), b).isEmpty()) {
                    throw new AppaloftException(ErrorCode.DOMAIN_BINDING_REDIRECT_INVALID, b.domainName()
                            + " is the canonical binding of other aliases: it must keep serving");
                }
            }
            DomainBinding next = b.withRoute(redirectTo, status);
            if (redirectTo != null) {
                requireCanonical(uow, next);
            }
            DomainBindingRepository.BINDINGS.update(uow.tx(), current, next, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("routeBehavior", next.serves() ? "serve" : "redirect");
            if (!next.serves()) {
                payload.put("redirectTo", next.redirectTo());
                payload.put("redirectStatus", next.redirectStatus());
            }
            uow.event("domain-binding-route-configured", id, payload);
            return next;
        });
        if (changed != null && changed.routed()) {
            routes.apply(changed);
        }
        return new IdOutput(id);
    }

    /**
     * A resource's instance moved (deployed, restarted on another port): its routed bindings follow
     * it, serving ones first, then their aliases. A binding whose route now serves and needs no
     * certificate becomes {@code ready}; one the proxy refused becomes {@code not_ready}.
     */
    void resourceMoved(String organizationId, String resourceId, String serverId, dev.appaloft.api.runtime.EdgeProxy held) {
        List<DomainBinding> routed = new java.util.ArrayList<>(ctx.read(r -> routes.routedOf(r, organizationId, resourceId)));
        routed.sort(java.util.Comparator.comparing(b -> !b.serves()));
        Actor system = new Actor(Actor.Kind.SYSTEM, "domain-routes", organizationId, Actor.Role.OWNER);
        for (DomainBinding b : routed) {
            DomainRoutes.Outcome outcome = routes.apply(b, b.serverId().equals(serverId) ? held : null);
            String next = outcome.applied() ? ("disabled".equals(b.certificatePolicy()) ? DomainBinding.READY : b.status())
                    : "proxy_route_missing".equals(outcome.blockingReason()) ? DomainBinding.NOT_READY : b.status();
            if (next.equals(b.status())) {
                continue;
            }
            ctx.command(system, "domainBindings.route", uow -> {
                Versioned<DomainBinding> current = DomainBindingRepository.BINDINGS.require(uow.tx(), organizationId, b.id());
                if (!current.value().status().equals(b.status())) {
                    return null; // changed meanwhile: that change decides
                }
                DomainBinding changed = current.value().withStatus(next)
                        .withRouteFailure(outcome.applied() ? null : outcome.message());
                DomainBindingRepository.BINDINGS.update(uow.tx(), current, changed, uow.now());
                uow.event(outcome.applied() ? "domain-ready" : "domain-route-realization-failed", b.id(),
                        outcome.applied() ? Map.of("domainName", b.domainName())
                                : Map.of("domainName", b.domainName(), "reason", outcome.message()));
                return null;
            });
        }
    }

    private DomainBinding require(String id, Actor actor) {
        Validation v = new Validation();
        String checked = v.text("domainBindingId", id, 200);
        v.throwIfInvalid();
        return ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), checked)).value();
    }

    /** The canonical binding of an alias must serve the same resource and not be an alias itself. */
    private static void requireCanonical(UnitOfWork uow, DomainBinding alias) {
        if (DomainBindingRepository.canonical(uow.tx(), alias).isEmpty()) {
            throw new AppaloftException(ErrorCode.DOMAIN_BINDING_REDIRECT_INVALID, "redirectTo must name a serving "
                    + "binding of the same resource; " + alias.redirectTo() + " is none",
                    List.of(new dev.appaloft.api.error.Issue("custom", List.of("redirectTo"),
                            "no serving binding of this resource has the domain " + alias.redirectTo(), null, null, null)),
                    Map.of(), null);
        }
    }

    static Map<String, Object> summary(DomainBinding b) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("domainName", b.domainName());
        payload.put("pathPrefix", b.pathPrefix());
        payload.put("resourceId", b.resourceId());
        payload.put("serverId", b.serverId());
        payload.put("tlsMode", b.tlsMode());
        payload.put("routeBehavior", b.serves() ? "serve" : "redirect");
        return payload;
    }

    /** A host name: letters, digits and hyphens in dot-separated labels, at least two labels; lower-cased. */
    static String domainName(Validation v, String field, String value) {
        String name = v.text(field, value, 253);
        if (name == null) {
            return null;
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String[] labels = name.split("\\.", -1);
        boolean ok = labels.length >= 2;
        for (String label : labels) {
            ok &= LABEL.matcher(label).matches();
        }
        v.check(ok, field, field + " must be a host name such as shop.example.com (no scheme, port, path or wildcard)");
        return ok ? name : null;
    }

    private static String pathPrefix(Validation v, String value) {
        if (value == null) {
            return "/";
        }
        String prefix = v.optionalText("pathPrefix", value, 200);
        boolean ok = prefix != null && prefix.startsWith("/") && prefix.chars().noneMatch(c -> c <= ' ' || c == '*'
                || c == '?' || c == '#' || c == '{' || c == '}');
        v.check(prefix == null || ok, "pathPrefix", "pathPrefix must start with / and hold no spaces, *, ?, # or braces");
        return ok ? prefix : "/";
    }

    static Integer redirectStatus(Validation v, String redirectTo, Integer given) {
        v.check(given == null || REDIRECT_STATUSES.contains(given), "redirectStatus",
                "redirectStatus must be 301, 302, 307 or 308");
        v.check(given == null || redirectTo != null, "redirectStatus", "redirectStatus needs redirectTo");
        return redirectTo == null ? null : given == null ? 308 : given;
    }

    private static byte[] bytes() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return token;
    }
}
