package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code projects.create}: a new active project in the caller's organization. */
final class CreateProjectHandler implements Handler<CreateProjectInput, IdOutput> {

    private final CoreContext ctx;

    CreateProjectHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(CreateProjectInput input, Actor actor) {
        Validation v = new Validation();
        String name = v.text("name", input.name(), ProjectLimits.NAME);
        String description = v.maxLength("description", blankToNull(input.description()), ProjectLimits.DESCRIPTION);
        v.throwIfInvalid();
        // another organization is indistinguishable from one that does not exist
        if (input.organizationId() != null && !input.organizationId().equals(actor.organizationId())) {
            throw AppaloftException.notFound("organization", input.organizationId());
        }
        return ctx.command(actor, "projects.create", uow -> {
            Project project = Project.create(Ids.next("prj"), actor.organizationId(), name, description, uow.now());
            ProjectRepository.insert(uow.tx(), project, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("name", project.name());
            payload.put("slug", project.slug());
            uow.event("project.created", project.id(), payload);
            return new IdOutput(project.id());
        });
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
