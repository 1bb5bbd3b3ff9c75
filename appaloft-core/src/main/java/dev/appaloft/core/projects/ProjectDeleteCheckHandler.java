package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.projects.ProjectDeleteCheck;
import dev.appaloft.api.projects.ProjectDeleteCheckInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

/** {@code projects.deleteCheck}: whether delete would succeed now, and every blocker if not. */
final class ProjectDeleteCheckHandler implements Handler<ProjectDeleteCheckInput, ProjectDeleteCheck> {

    private final CoreContext ctx;
    private final ProjectDeletionRules rules;

    ProjectDeleteCheckHandler(CoreContext ctx, ProjectDeletionRules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    @Override
    public ProjectDeleteCheck handle(ProjectDeleteCheckInput input, Actor actor) {
        return ctx.read(r -> {
            Project project = ProjectRepository.require(r, actor.organizationId(), input.projectId()).value();
            var blockers = rules.blockers(r, project);
            return new ProjectDeleteCheck(ProjectDeleteCheck.SCHEMA_VERSION, project.id(), project.lifecycleStatus(),
                    blockers.isEmpty(), blockers, Timestamps.format(ctx.now()));
        });
    }
}
