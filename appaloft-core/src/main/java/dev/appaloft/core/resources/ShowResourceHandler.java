package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.ResourceDetail;
import dev.appaloft.api.resources.ShowResourceInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

/**
 * {@code resources.show}: profiles, lifecycle, what would keep it from deploying, its deployments
 * and where it answers; secrets masked. The access summary and latest deployment come unless
 * their include flag is false.
 */
final class ShowResourceHandler implements Handler<ShowResourceInput, ResourceDetail> {

    private final CoreContext ctx;
    private final ResourceViews views;

    ShowResourceHandler(CoreContext ctx, ResourceViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    @Override
    public ResourceDetail handle(ShowResourceInput input, Actor actor) {
        return ctx.read(r -> views.detail(r, ResourceRepository.require(r, actor.organizationId(), input.resourceId())
                .value(), ctx.now(), !Boolean.FALSE.equals(input.includeAccessSummary()),
                !Boolean.FALSE.equals(input.includeLatestDeployment())));
    }
}
