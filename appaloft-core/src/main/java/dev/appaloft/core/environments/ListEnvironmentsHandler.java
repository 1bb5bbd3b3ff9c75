package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.EnvironmentList;
import dev.appaloft.api.environments.ListEnvironmentsInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

/** {@code environments.list}: of one project or of the whole organization, oldest first. */
final class ListEnvironmentsHandler implements Handler<ListEnvironmentsInput, EnvironmentList> {

    private final CoreContext ctx;

    ListEnvironmentsHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public EnvironmentList handle(ListEnvironmentsInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), EnvironmentLimits.DEFAULT_PAGE, EnvironmentLimits.MAX_PAGE);
        v.throwIfInvalid();
        String projectId = Validation.filter(input.projectId());
        return new EnvironmentList(ctx.read(r -> EnvironmentRepository.list(r, actor.organizationId(), projectId, limit))
                .stream().map(Environment::view).toList());
    }
}
