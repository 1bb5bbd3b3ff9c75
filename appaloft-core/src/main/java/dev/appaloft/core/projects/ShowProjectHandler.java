package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.projects.ProjectView;
import dev.appaloft.api.projects.ShowProjectInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

final class ShowProjectHandler implements Handler<ShowProjectInput, ProjectView> {

    private final CoreContext ctx;

    ShowProjectHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ProjectView handle(ShowProjectInput input, Actor actor) {
        return ctx.read(r -> ProjectRepository.require(r, actor.organizationId(), input.projectId())).value().view();
    }
}
