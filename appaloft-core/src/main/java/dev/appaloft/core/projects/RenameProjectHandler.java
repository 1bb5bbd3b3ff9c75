package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.projects.RenameProjectInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;

/** {@code projects.rename}: a new name and the slug derived from it; archived projects refuse. */
final class RenameProjectHandler implements Handler<RenameProjectInput, IdOutput> {

    private final CoreContext ctx;

    RenameProjectHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(RenameProjectInput input, Actor actor) {
        Validation v = new Validation();
        String name = v.text("name", input.name(), ProjectLimits.NAME);
        v.throwIfInvalid();
        return ctx.command(actor, "projects.rename", uow -> {
            Versioned<Project> current = ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId());
            Project renamed = current.value().rename(name);
            if (!renamed.equals(current.value())) {
                ProjectRepository.update(uow.tx(), current, renamed, uow.now());
                uow.event("project-renamed", renamed.id(), Map.of(
                        "previousName", current.value().name(), "name", renamed.name(), "slug", renamed.slug()));
            }
            return new IdOutput(renamed.id());
        });
    }
}
