package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.projects.RestoreProjectInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;

/** {@code projects.restore}: archived back to active; restoring an active project changes nothing. */
final class RestoreProjectHandler implements Handler<RestoreProjectInput, IdOutput> {

    private final CoreContext ctx;

    RestoreProjectHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(RestoreProjectInput input, Actor actor) {
        return ctx.command(actor, "projects.restore", uow -> {
            Versioned<Project> current = ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId());
            if (current.value().isArchived()) {
                Project restored = current.value().restore();
                ProjectRepository.update(uow.tx(), current, restored, uow.now());
                uow.event("project-restored", restored.id(), Map.of());
            }
            return new IdOutput(current.value().id());
        });
    }
}
