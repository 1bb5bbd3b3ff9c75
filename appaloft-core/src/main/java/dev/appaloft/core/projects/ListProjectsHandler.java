package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.projects.ListProjectsInput;
import dev.appaloft.api.projects.ProjectList;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

/** {@code projects.list}: active and archived projects of the caller's organization, oldest first. */
final class ListProjectsHandler implements Handler<ListProjectsInput, ProjectList> {

    private final CoreContext ctx;

    ListProjectsHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ProjectList handle(ListProjectsInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), ProjectLimits.DEFAULT_PAGE, ProjectLimits.MAX_PAGE);
        v.throwIfInvalid();
        return new ProjectList(ctx.read(r -> ProjectRepository.list(r, actor.organizationId(), limit))
                .stream().map(Project::view).toList());
    }
}
