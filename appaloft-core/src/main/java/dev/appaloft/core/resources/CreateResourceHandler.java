package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.ResourceKind;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code resources.create}: a resource in an active project's environment that accepts changes;
 * its slug (from the name) is unique in that environment.
 */
final class CreateResourceHandler implements Handler<CreateResourceInput, IdOutput> {

    private final CoreContext ctx;

    CreateResourceHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(CreateResourceInput input, Actor actor) {
        Validation v = new Validation();
        v.text("projectId", input.projectId(), 200);
        v.text("environmentId", input.environmentId(), 200);
        String name = v.text("name", input.name(), 120);
        String description = v.optionalText("description", input.description(), 2000);
        ResourceKind kind = input.kind() == null ? ResourceKind.APPLICATION : input.kind();
        List<ResourceService> services = input.services() == null ? List.of() : input.services();
        v.check(services.size() <= 1 || kind == ResourceKind.COMPOSE_STACK, "services",
                "only a compose stack has more than one service");
        v.check(services.stream().map(ResourceService::name).allMatch(new HashSet<>()::add), "services",
                "service names must be unique");
        SourceBinding source = SourceRules.normalize(v, "source", input.source());
        RuntimeProfile runtime = ResourceProfiles.runtime(v, "runtimeProfile", input.runtimeProfile());
        NetworkProfile network = ResourceProfiles.network(v, "networkProfile", input.networkProfile());
        v.throwIfInvalid();
        // compose stacks: an inline file is validated now and reports the stack's services
        boolean stack = source != null && dev.appaloft.core.deployments.sources.DeployableSources.composes(source, runtime);
        ResourceKind resourceKind = stack && input.kind() == null ? ResourceKind.COMPOSE_STACK : kind;
        List<ResourceService> resourceServices = stack
                ? dev.appaloft.core.deployments.compose.ComposeResources.services(source, network, services) : services;
        return ctx.command(actor, "resources.create", uow -> {
            ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId()).value().ensureActive();
            Environment env = EnvironmentRepository.require(uow.tx(), actor.organizationId(), input.environmentId()).value();
            if (!env.projectId().equals(input.projectId())) {
                throw AppaloftException.validation("environmentId",
                        "environment " + env.id() + " does not belong to project " + input.projectId());
            }
            env.ensureCanAcceptMutation();
            Resource resource = new Resource(Ids.next("res"), actor.organizationId(), input.projectId(), env.id(),
                    input.destinationId(), name, Slugs.of(name), resourceKind, description, resourceServices, source,
                    runtime, network,
                    null, null, ResourceLifecycleStatus.ACTIVE, null, null, null, uow.now(), List.of(), null);
            ResourceRepository.insert(uow.tx(), resource, uow.now());
            uow.event("resource-created", resource.id(), Map.of("projectId", resource.projectId(),
                    "environmentId", resource.environmentId(), "name", resource.name(), "slug", resource.slug()));
            return new IdOutput(resource.id());
        });
    }
}
