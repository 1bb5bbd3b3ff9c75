package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.ProjectRepository;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shape of every resource command: load it in the caller's organization, refuse when its
 * project is archived, apply one change, save and record the event only when something changed.
 */
final class ResourceChanges {

    private final CoreContext ctx;

    ResourceChanges(CoreContext ctx) {
        this.ctx = ctx;
    }

    CoreContext ctx() {
        return ctx;
    }

    /** Runs {@code change}; {@code answer} builds the output from the resource after it. */
    <T> T apply(Actor actor, String operationKey, String resourceId, String eventType, Map<String, Object> payload,
                BiFunction<Resource, UnitOfWork, Resource> change, Function<Resource, T> answer) {
        return ctx.command(actor, operationKey, uow -> {
            Versioned<Resource> current = loadMutable(uow, resourceId);
            Resource next = change.apply(current.value(), uow);
            if (!next.equals(current.value())) {
                ResourceRepository.update(uow.tx(), current, next, uow.now());
                uow.event(eventType, next.id(), payload);
            }
            return answer.apply(next);
        });
    }

    Versioned<Resource> loadMutable(UnitOfWork uow, String resourceId) {
        Versioned<Resource> current = ResourceRepository.require(uow.tx(), uow.actor().organizationId(), resourceId);
        ProjectRepository.require(uow.tx(), uow.actor().organizationId(), current.value().projectId())
                .value().ensureActive();
        return current;
    }
}
