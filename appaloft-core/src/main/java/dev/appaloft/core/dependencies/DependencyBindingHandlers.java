package dev.appaloft.core.dependencies;

import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_BIND;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_LIST;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_SHOW;
import static dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_UNBIND;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.BindDependencyInput;
import dev.appaloft.api.dependencies.DependencyBindingList;
import dev.appaloft.api.dependencies.DependencyBindingRef;
import dev.appaloft.api.dependencies.DependencyBindingShown;
import dev.appaloft.api.dependencies.DependencyBindingView;
import dev.appaloft.api.dependencies.ListDependencyBindingsInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code resources.dependencyBindings.bind|list|show|unbind}: which databases of its environment a
 * resource uses, and under which variable. A binding takes effect with the resource's next
 * deployment (the running container keeps the environment it started with).
 */
public final class DependencyBindingHandlers {

    static final Set<String> SCOPES = Set.of("environment", "release", "build-only", "runtime-only");
    static final Set<String> MODES = Set.of("env", "file", "reference");
    private static final String VARIABLE = "[A-Za-z_][A-Za-z0-9_]{0,127}";

    private final CoreContext ctx;

    private DependencyBindingHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        DependencyBindingHandlers h = new DependencyBindingHandlers(ctx);
        registry.register(RESOURCES_DEPENDENCY_BINDINGS_BIND, h::bind);
        registry.register(RESOURCES_DEPENDENCY_BINDINGS_LIST, h::list);
        registry.register(RESOURCES_DEPENDENCY_BINDINGS_SHOW, h::show);
        registry.register(RESOURCES_DEPENDENCY_BINDINGS_UNBIND, h::unbind);
    }

    IdOutput bind(BindDependencyInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String dependencyId = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        String target = v.text("targetName", in.targetName(), 128);
        v.check(target == null || target.matches(VARIABLE), "targetName",
                "targetName is a variable name: letters, digits and '_', not starting with a digit");
        String scope = in.scope() == null ? "runtime-only" : in.scope();
        String mode = in.injectionMode() == null ? "env" : in.injectionMode();
        v.check(SCOPES.contains(scope), "scope", "scope is one of environment, release, build-only, runtime-only");
        v.check(MODES.contains(mode), "injectionMode", "injectionMode is one of env, file, reference");
        v.throwIfInvalid();
        if (!"env".equals(mode)) {
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "injectionMode " + mode + " is not implemented:"
                    + " bindings inject an environment variable (env)", List.of(), Map.of("field", "injectionMode"), null);
        }
        if ("build-only".equals(scope)) {
            // a build must not see a runtime credential, and builds take no database variables yet
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "scope build-only is not implemented: the"
                    + " connection is injected at run time", List.of(), Map.of("field", "scope"), null);
        }
        return ctx.command(actor, "resources.dependencyBindings.bind", uow -> {
            Resource resource = ResourceRepository.require(uow.tx(), actor.organizationId(), resourceId).value();
            resource.ensureActive();
            DependencyResource dependency = DependencyRepository.requireLive(uow.tx(), actor.organizationId(),
                    dependencyId).value();
            if (!dependency.environmentId().equals(resource.environmentId())
                    || !dependency.projectId().equals(resource.projectId())) {
                throw AppaloftException.validation("dependencyResourceId", "dependency resource " + dependencyId
                        + " belongs to another environment than resource " + resourceId);
            }
            if (dependency.readbacks().stream().anyMatch(rb -> rb.required() && !"satisfied".equals(rb.status()))) {
                throw AppaloftException.validation("dependencyResourceId", "dependency resource " + dependencyId
                        + " misses a required capability and cannot be bound");
            }
            DependencyBinding binding = new DependencyBinding(Ids.next("dbn"), actor.organizationId(),
                    resource.projectId(), resource.environmentId(), resourceId, dependencyId, target, scope, mode, 1,
                    null, DependencyBinding.ACTIVE, uow.now(), null);
            DependencyRepository.BINDINGS.insert(uow.tx(), binding, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("bindingId", binding.id());
            payload.put("dependencyResourceId", dependencyId);
            payload.put("targetName", target);
            payload.put("scope", scope);
            payload.put("injectionMode", mode);
            uow.event("resource-dependency-bound", resourceId, payload);
            return new IdOutput(binding.id());
        });
    }

    DependencyBindingList list(ListDependencyBindingsInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        v.throwIfInvalid();
        List<DependencyBindingView> items = ctx.read(r -> {
            ResourceRepository.require(r, actor.organizationId(), resourceId);
            List<DependencyBinding> bindings = DependencyRepository.BINDINGS.values(r, DocumentQuery.where(
                    DocumentIndex.ofOrganization(actor.organizationId()).with(IndexFields.RESOURCE_ID, resourceId)));
            return bindings.stream()
                    .sorted(Comparator.comparing(DependencyBinding::createdAt).thenComparing(DependencyBinding::id))
                    .map(b -> view(r, b)).toList();
        });
        return new DependencyBindingList(DependencyBindingList.SCHEMA_VERSION, items, Timestamps.format(ctx.now()));
    }

    DependencyBindingShown show(DependencyBindingRef in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String bindingId = v.text("bindingId", in.bindingId(), 200);
        v.throwIfInvalid();
        DependencyBindingView view = ctx.read(r -> view(r, require(r, actor.organizationId(), resourceId, bindingId)
                .value()));
        return new DependencyBindingShown(DependencyBindingShown.SCHEMA_VERSION, view, Timestamps.format(ctx.now()));
    }

    IdOutput unbind(DependencyBindingRef in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String bindingId = v.text("bindingId", in.bindingId(), 200);
        v.throwIfInvalid();
        return ctx.command(actor, "resources.dependencyBindings.unbind", uow -> {
            Versioned<DependencyBinding> current = require(uow.tx(), actor.organizationId(), resourceId, bindingId);
            if (!current.value().isActive()) {
                return new IdOutput(bindingId); // already removed: nothing to write
            }
            DependencyRepository.BINDINGS.update(uow.tx(), current, current.value().remove(uow.now()), uow.now());
            uow.event("resource-dependency-unbound", resourceId, Map.of("bindingId", bindingId,
                    "dependencyResourceId", current.value().dependencyResourceId(),
                    "targetName", current.value().targetName()));
            return new IdOutput(bindingId);
        });
    }

    /** The binding of this resource; another organization's, or another resource's, reads as not found. */
    static Versioned<DependencyBinding> require(StoreReader r, String organizationId, String resourceId,
                                                String bindingId) {
        ResourceRepository.require(r, organizationId, resourceId);
        return DependencyRepository.BINDINGS.findIn(r, organizationId, bindingId)
                .filter(b -> b.value().resourceId().equals(resourceId))
                .orElseThrow(() -> AppaloftException.notFound("dependency binding", bindingId));
    }

    static DependencyBindingView view(StoreReader r, DependencyBinding b) {
        DependencyResource d = DependencyRepository.RESOURCES.require(r, b.organizationId(), b.dependencyResourceId())
                .value();
        return DependencyBindingViews.view(r, b, d);
    }
}
