package dev.appaloft.core.dependencies;

import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_COUNT;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_DELETE;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_LIST;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_PROVISION;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_RENAME;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.CountDependencyResourcesInput;
import dev.appaloft.api.dependencies.DeleteDependencyResourceInput;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.DependencyResourceList;
import dev.appaloft.api.dependencies.DependencyResourceShown;
import dev.appaloft.api.dependencies.DependencyResourceView;
import dev.appaloft.api.dependencies.ListDependencyResourcesInput;
import dev.appaloft.api.dependencies.RenameDependencyResourceInput;
import dev.appaloft.api.dependencies.ShowDependencyResourceInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code dependencyResources.provision|list|count|show|rename|delete}. Reads never show a
 * credential; delete removes the database's container and data volume from its server first,
 * then leaves a tombstone (refused while something still needs it).
 */
public final class DependencyResourceHandlers {

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    private DependencyResourceHandlers(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    /** @param images the image of each managed kind; @param readyTimeout how long a new database may take to accept connections */
    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                Map<DependencyKind, String> images, Duration readyTimeout) {
        DependencyResourceHandlers h = new DependencyResourceHandlers(ctx, runtimes);
        ProvisionDependencyHandler provision = new ProvisionDependencyHandler(ctx, runtimes,
                new DependencyImages(images), new PostgresProvisioner(readyTimeout));
        registry.register(DEPENDENCY_RESOURCES_PROVISION, provision);
        ProvisioningPlanHandlers.register(registry, ctx, provision);
        registry.register(DEPENDENCY_RESOURCES_LIST, h::list);
        registry.register(DEPENDENCY_RESOURCES_COUNT, h::count);
        registry.register(DEPENDENCY_RESOURCES_SHOW, h::show);
        registry.register(DEPENDENCY_RESOURCES_RENAME, h::rename);
        registry.register(DEPENDENCY_RESOURCES_DELETE, h::delete);
        DependencyBindingHandlers.register(registry, ctx);
        registry.register(dev.appaloft.api.catalog.ResourceOperations.RESOURCES_DEPENDENCY_BINDINGS_ROTATE_SECRET,
                new RotateBindingSecretHandler(ctx, runtimes));
    }

    private static DocumentIndex where(Actor actor, String projectId, String environmentId, DependencyKind kind) {
        return DocumentIndex.ofOrganization(actor.organizationId())
                .with(IndexFields.PROJECT_ID, Validation.filter(projectId))
                .with(IndexFields.ENVIRONMENT_ID, Validation.filter(environmentId))
                .with("kind", kind == null ? null : kind.wire());
    }

    /** Live ones only: deleted ones are read by id. */
    private static DocumentQuery live(DocumentIndex where) {
        return DocumentQuery.where(where).statusNotIn(java.util.Set.of(DependencyResource.DELETED));
    }

    DependencyResourceList list(ListDependencyResourcesInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 500);
        v.throwIfInvalid();
        List<DependencyResourceView> items = ctx.read(r -> DependencyRepository.RESOURCES.values(r,
                live(where(actor, in.projectId(), in.environmentId(), in.kind()))).stream()
                .sorted(Comparator.comparing(DependencyResource::createdAt).thenComparing(DependencyResource::id))
                .limit(limit).map(d -> DependencyViews.view(d, DependencyRepository.activeBindingCount(r,
                        actor.organizationId(), d.id()))).toList());
        return new DependencyResourceList(DependencyResourceList.SCHEMA_VERSION, items, Timestamps.format(ctx.now()));
    }

    CountOutput count(CountDependencyResourcesInput in, Actor actor) {
        return new CountOutput(ctx.read(r -> DependencyRepository.RESOURCES.count(r,
                live(where(actor, in.projectId(), in.environmentId(), in.kind())))));
    }

    DependencyResourceShown show(ShowDependencyResourceInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        v.throwIfInvalid();
        DependencyResourceView view = ctx.read(r -> DependencyViews.view(DependencyRepository.RESOURCES
                .require(r, actor.organizationId(), id).value(), DependencyRepository.activeBindingCount(r,
                actor.organizationId(), id)));
        return new DependencyResourceShown(DependencyResourceShown.SCHEMA_VERSION, view, Timestamps.format(ctx.now()));
    }

    IdOutput rename(RenameDependencyResourceInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        String name = v.text("name", in.name(), 120);
        v.throwIfInvalid();
        String slug = Slugs.of(name);
        return ctx.command(actor, "dependencyResources.rename", uow -> {
            Versioned<DependencyResource> current = DependencyRepository.requireLive(uow.tx(), actor.organizationId(), id);
            if (current.value().name().equals(name)) {
                return new IdOutput(id); // already so named: nothing to write
            }
            DependencyRepository.RESOURCES.update(uow.tx(), current, current.value().rename(name, slug), uow.now());
            uow.event("dependency-resource-renamed", id, Map.of("previousName", current.value().name(), "name", name,
                    "slug", slug));
            return new IdOutput(id);
        });
    }

    IdOutput delete(DeleteDependencyResourceInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        v.throwIfInvalid();
        DependencyResource found = ctx.read(r -> {
            DependencyResource live = DependencyRepository.requireLive(r, actor.organizationId(), id).value();
            refuseIfBlocked(live, DependencyRepository.activeBindingCount(r, actor.organizationId(), id));
            return live;
        });
        // an imported database lives elsewhere: deleting it forgets it and never touches it
        Server server = found.isImported() ? null : ctx.read(r -> ServerRepository.find(r, actor.organizationId(),
                found.serverId())).map(Versioned::value).orElse(null);
        if (server != null) {
            // what runs goes first: a server that cannot be reached leaves everything as it was
            DeploymentRuntime runtime = runtimes.require(server.providerKey(), server.id());
            for (RuntimeInstance instance : runtime.find(Map.of(PostgresProvisioner.LABEL, id))) {
                runtime.retire(instance, RuntimeLog.DISCARD);
            }
            runtime.volumes().ifPresent(volumes -> volumes.remove(found.realization().volume()));
        }
        return ctx.command(actor, "dependencyResources.delete", uow -> {
            Versioned<DependencyResource> current = DependencyRepository.requireLive(uow.tx(), actor.organizationId(), id);
            // a binding made meanwhile still refuses it (the container is gone then, as asked)
            refuseIfBlocked(current.value(), DependencyRepository.activeBindingCount(uow.tx(), actor.organizationId(), id));
            DependencyRepository.RESOURCES.update(uow.tx(), current, current.value().delete(uow.now()), uow.now());
            Map<String, Object> payload = new java.util.LinkedHashMap<>();
            payload.put("kind", current.value().kind().wire());
            payload.put("name", current.value().name());
            if (current.value().serverId() != null) { // none for an imported one
                payload.put("serverId", current.value().serverId());
            }
            uow.event("dependency-resource-deleted", id, payload);
            return new IdOutput(id);
        });
    }

    private static void refuseIfBlocked(DependencyResource resource, long activeBindings) {
        List<DependencyResourceView.Blocker> blockers = DependencyViews.blockers(resource, activeBindings);
        if (!blockers.isEmpty()) {
            throw new AppaloftException(ErrorCode.DEPENDENCY_RESOURCE_DELETE_BLOCKED, "dependency resource "
                    + resource.id() + " cannot be deleted: " + String.join(", ", blockers.stream()
                            .map(DependencyResourceView.Blocker::kind).toList()), List.of(),
                    Map.of("blockers", blockers.stream().map(DependencyResourceView.Blocker::kind).toList()), null);
        }
    }
}
