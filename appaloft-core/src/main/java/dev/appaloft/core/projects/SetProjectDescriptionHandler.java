package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.projects.SetProjectDescriptionInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;

/** {@code projects.setDescription}; a blank or absent description clears it. */
final class SetProjectDescriptionHandler implements Handler<SetProjectDescriptionInput, IdOutput> {

    private final CoreContext ctx;

    SetProjectDescriptionHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(SetProjectDescriptionInput input, Actor actor) {
        Validation v = new Validation();
        String description = v.maxLength("description", CreateProjectHandler.blankToNull(input.description()),
                ProjectLimits.DESCRIPTION);
        v.throwIfInvalid();
        return ctx.command(actor, "projects.setDescription", uow -> {
            Versioned<Project> current = ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId());
            Project described = current.value().describe(description);
            if (!described.equals(current.value())) {
                ProjectRepository.update(uow.tx(), current, described, uow.now());
                uow.event("project-description-set", described.id(), Map.of());
            }
            return new IdOutput(described.id());
        });
    }
}
