package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.EnvironmentView;
import dev.appaloft.api.environments.ShowEnvironmentInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

final class ShowEnvironmentHandler implements Handler<ShowEnvironmentInput, EnvironmentView> {

    private final CoreContext ctx;

    ShowEnvironmentHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public EnvironmentView handle(ShowEnvironmentInput input, Actor actor) {
        return ctx.read(r -> EnvironmentRepository.require(r, actor.organizationId(), input.environmentId()))
                .value().view();
    }
}
