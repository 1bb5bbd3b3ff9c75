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

    ListResourcesHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResourceList handle(ListResourcesInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), 100, 500);
        v.throwIfInvalid();
        return new ResourceList(ctx.read(r -> ResourceRepository.list(r, actor.organizationId(),
                Validation.filter(input.projectId()), Validation.filter(input.environmentId()), limit))
                .stream().map(Resource::summary).toList());
    }
}
