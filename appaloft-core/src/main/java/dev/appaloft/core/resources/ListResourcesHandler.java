package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.ListResourcesInput;
import dev.appaloft.api.resources.ResourceList;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

/** {@code resources.list}: active and archived resources, oldest first, optionally of one project/environment. */
final class ListResourcesHandler implements Handler<ListResourcesInput, ResourceList> {

    private final CoreContext ctx;
    private final ResourceViews views;

    ListResourcesHandler(CoreContext ctx, ResourceViews views) {
        this.ctx = ctx;
        this.views = views;
    }

    @Override
    public ResourceList handle(ListResourcesInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), 100, 500);
        v.throwIfInvalid();
        // one page query, then batched reads for the whole page (not a few reads per resource)
        return ctx.read(r -> new ResourceList(views.summaries(r, actor.organizationId(),
                ResourceRepository.list(r, actor.organizationId(), Validation.filter(input.projectId()),
                        Validation.filter(input.environmentId()), limit))));
    }
}
