package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.projects.ArchiveProjectInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;

/** {@code projects.archive}; archiving an archived project changes nothing. */
final class ArchiveProjectHandler implements Handler<ArchiveProjectInput, IdOutput> {

    private final CoreContext ctx;

    ArchiveProjectHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(ArchiveProjectInput input, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", input.reason(), ProjectLimits.REASON);
        v.throwIfInvalid();
        return ctx.command(actor, "projects.archive", uow -> {
            Versioned<Project> current = ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId());
            if (!current.value().isArchived()) {
                Project archived = current.value().archive(reason, uow.now());
                ProjectRepository.update(uow.tx(), current, archived, uow.now());
                uow.event("project-archived", archived.id(), UnitOfWork.reasonPayload(reason));
            }
            return new IdOutput(current.value().id());
        });
    }
}
