package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.ListResourcesInput;
import dev.appaloft.api.resources.ResourceList;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.HashMap;
import java.util.Map;

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
        return ctx.read(r -> {
            Map<String, String> environmentSlugs = new HashMap<>();
            return new ResourceList(ResourceRepository.list(r, actor.organizationId(),
                    Validation.filter(input.projectId()), Validation.filter(input.environmentId()), limit)
                    .stream().map(resource -> views.summary(r, resource, environmentSlugs)).toList());
        });
    }
}
