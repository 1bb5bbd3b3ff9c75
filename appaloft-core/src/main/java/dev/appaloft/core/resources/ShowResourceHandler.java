package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.ResourceDetail;
import dev.appaloft.api.resources.ShowResourceInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

/** {@code resources.show}: profiles, lifecycle and what would keep it from deploying; secrets masked. */
final class ShowResourceHandler implements Handler<ShowResourceInput, ResourceDetail> {

    private final CoreContext ctx;

    ShowResourceHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResourceDetail handle(ShowResourceInput input, Actor actor) {
        return ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), input.resourceId()))
                .value().detail(ctx.now());
    }
}
