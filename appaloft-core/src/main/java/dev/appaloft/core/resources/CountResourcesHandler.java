package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.resources.CountResourcesInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

final class CountResourcesHandler implements Handler<CountResourcesInput, CountOutput> {

    private final CoreContext ctx;

    CountResourcesHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CountOutput handle(CountResourcesInput input, Actor actor) {
        return new CountOutput(ctx.read(r -> ResourceRepository.count(r, actor.organizationId(),
                Validation.filter(input.projectId()), Validation.filter(input.environmentId()))));
    }
}
