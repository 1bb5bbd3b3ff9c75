package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.projects.DeleteProjectInput;
import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Map;

/**
 * {@code projects.delete}: confirmed by repeating the project id; only an archived project that
 * delete-check finds no blocker for. The project becomes a tombstone and frees its name and slug.
 */
final class DeleteProjectHandler implements Handler<DeleteProjectInput, IdOutput> {

    private final CoreContext ctx;
    private final ProjectDeletionRules rules;

    DeleteProjectHandler(CoreContext ctx, ProjectDeletionRules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    @Override
    public IdOutput handle(DeleteProjectInput input, Actor actor) {
        if (input.confirmation() == null || input.confirmation().projectId() == null) {
            throw AppaloftException.validation(List.of(new Issue("invalid_type", List.of("confirmation", "projectId"),
                    "confirm the deletion by repeating the project id", "string", null, null)));
        }
        if (!input.confirmation().projectId().equals(input.projectId())) {
            throw AppaloftException.validation(List.of(new Issue("custom", List.of("confirmation", "projectId"),
                    "the confirmation does not match the project id", null, null, null)));
        }
        return ctx.command(actor, "projects.delete", uow -> {
            Versioned<Project> current = ProjectRepository.require(uow.tx(), actor.organizationId(), input.projectId());
            List<Blocker> blockers = rules.blockers(uow.tx(), current.value());
            if (!blockers.isEmpty()) {
                throw new AppaloftException(ErrorCode.PROJECT_DELETE_BLOCKED,
                        "project " + input.projectId() + " cannot be deleted: "
                                + blockers.stream().map(Blocker::kind).distinct().toList(),
                        List.of(), Map.of("blockers", blockers.stream().map(Blocker::kind).distinct().toList()), null);
            }
            Project deleted = current.value().delete(uow.now());
            ProjectRepository.update(uow.tx(), current, deleted, uow.now());
            uow.event("project-deleted", deleted.id(), Map.of());
            return new IdOutput(deleted.id());
        });
    }
}
