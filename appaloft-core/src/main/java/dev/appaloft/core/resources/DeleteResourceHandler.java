package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.resources.DeleteResourceInput;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Map;

/**
 * {@code resources.delete}: an archived resource, confirmed by repeating its slug, becomes a
 * tombstone and frees its slug, unless something still hangs on it (a bound domain, a database
 * binding: {@link ResourceDeleteBlockerSource}).
 */
final class DeleteResourceHandler implements Handler<DeleteResourceInput, IdOutput> {

    private final CoreContext ctx;
    private final List<ResourceDeleteBlockerSource> blockerSources;

    DeleteResourceHandler(CoreContext ctx, List<ResourceDeleteBlockerSource> blockerSources) {
        this.ctx = ctx;
        this.blockerSources = List.copyOf(blockerSources);
    }

    @Override
    public IdOutput handle(DeleteResourceInput input, Actor actor) {
        if (input.confirmation() == null || input.confirmation().resourceSlug() == null) {
            throw AppaloftException.validation(List.of(new Issue("invalid_type", List.of("confirmation", "resourceSlug"),
                    "confirm the deletion by repeating the resource slug", "string", null, null)));
        }
        return ctx.command(actor, "resources.delete", uow -> {
            Versioned<Resource> current = ResourceRepository.require(uow.tx(), actor.organizationId(), input.resourceId());
            Resource resource = current.value();
            if (!resource.slug().equals(input.confirmation().resourceSlug())) {
                throw AppaloftException.validation(List.of(new Issue("custom", List.of("confirmation", "resourceSlug"),
                        "the confirmation does not match the resource slug", null, null, null)));
            }
            if (resource.lifecycleStatus() != ResourceLifecycleStatus.ARCHIVED) {
                throw new AppaloftException(ErrorCode.RESOURCE_DELETE_BLOCKED,
                        "resource " + resource.id() + " must be archived before it is deleted", List.of(),
                        Map.of("blockers", List.of("active-resource")), null);
            }
            List<String> blockers = blockerSources.stream()
                    .flatMap(b -> b.blockers(uow.tx(), actor.organizationId(), resource.id()).stream()).toList();
            if (!blockers.isEmpty()) {
                throw new AppaloftException(ErrorCode.RESOURCE_DELETE_BLOCKED, "resource " + resource.id()
                        + " still has " + String.join(", ", blockers) + ": remove them before deleting it", List.of(),
                        Map.of("blockers", blockers), null);
            }
            Resource deleted = resource.delete(uow.now());
            ResourceRepository.update(uow.tx(), current, deleted, uow.now());
            uow.event("resource-deleted", deleted.id(), Map.of());
            return new IdOutput(deleted.id());
        });
    }
}
