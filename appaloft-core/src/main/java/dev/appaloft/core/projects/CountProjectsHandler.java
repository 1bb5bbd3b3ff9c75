package dev.appaloft.core.projects;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.projects.CountProjectsInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

final class CountProjectsHandler implements Handler<CountProjectsInput, CountOutput> {

    private final CoreContext ctx;

    CountProjectsHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CountOutput handle(CountProjectsInput input, Actor actor) {
        return new CountOutput(ctx.read(r -> ProjectRepository.count(r, actor.organizationId())));
    }
}
