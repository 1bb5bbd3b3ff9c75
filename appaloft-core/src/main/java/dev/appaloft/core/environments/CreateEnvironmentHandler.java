package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import java.util.List;
import java.util.Map;

/** {@code environments.create}: an empty environment in an active project; the name is unique there. */
final class CreateEnvironmentHandler implements Handler<CreateEnvironmentInput, IdOutput> {

    private final CoreContext ctx;

    CreateEnvironmentHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(CreateEnvironmentInput input, Actor actor) {
        Validation v = new Validation();
        v.text("projectId", input.projectId(), 200);
        String name = v.text("name", input.name(), EnvironmentLimits.NAME);
        v.required("kind", input.kind());
        v.throwIfInvalid();
        return ctx.command(actor, "environments.create", uow -> {
            ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId()).value().ensureActive();
            if (input.parentEnvironmentId() != null) {
                Environment parent = EnvironmentRepository.find(uow.tx(), actor.organizationId(),
                        input.parentEnvironmentId()).map(e -> e.value()).orElse(null);
                if (parent == null || !parent.projectId().equals(input.projectId())) {
                    throw AppaloftException.validation("parentEnvironmentId",
                            "parent environment " + input.parentEnvironmentId() + " is not an environment of this project");
                }
            }
            Environment environment = Environment.create(Ids.next("env"), actor.organizationId(), input.projectId(),
                    name, input.kind(), input.parentEnvironmentId(), List.of(), uow.now());
            EnvironmentRepository.insert(uow.tx(), environment, uow.now());
            uow.event("environment.created", environment.id(), Map.of(
                    "projectId", environment.projectId(), "name", environment.name(), "kind", environment.kind().wire()));
            return new IdOutput(environment.id());
        });
    }
}
