package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.environments.CountEnvironmentsInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

final class CountEnvironmentsHandler implements Handler<CountEnvironmentsInput, CountOutput> {

    private final CoreContext ctx;

    CountEnvironmentsHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CountOutput handle(CountEnvironmentsInput input, Actor actor) {
        String projectId = Validation.filter(input.projectId());
        return new CountOutput(ctx.read(r -> EnvironmentRepository.count(r, actor.organizationId(), projectId)));
    }
}
