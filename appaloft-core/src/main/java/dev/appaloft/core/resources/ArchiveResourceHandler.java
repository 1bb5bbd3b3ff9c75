package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.resources.ArchiveResourceInput;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;

/**
 * {@code resources.archive}: refuses further changes and deployments; what runs keeps running.
 * Archiving twice changes nothing.
 */
final class ArchiveResourceHandler implements Handler<ArchiveResourceInput, IdOutput> {

    private final CoreContext ctx;

    ArchiveResourceHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public IdOutput handle(ArchiveResourceInput input, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", input.reason(), 280);
        v.throwIfInvalid();
        return ctx.command(actor, "resources.archive", uow -> {
            Versioned<Resource> current = ResourceRepository.require(uow.tx(), actor.organizationId(), input.resourceId());
            if (current.value().lifecycleStatus() == ResourceLifecycleStatus.ACTIVE) {
                Resource archived = current.value().archive(reason, uow.now());
                ResourceRepository.update(uow.tx(), current, archived, uow.now());
                uow.event("resource-archived", archived.id(), UnitOfWork.reasonPayload(reason));
            }
            return new IdOutput(current.value().id());
        });
    }
}
