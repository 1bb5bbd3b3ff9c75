package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.ProjectRepository;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The shape every environment command shares: load it within the caller's organization, refuse
 * when its project is archived, apply one aggregate transition, save and record the event only
 * when something changed.
 */
final class EnvironmentChanges {

    private final CoreContext ctx;

    EnvironmentChanges(CoreContext ctx) {
        this.ctx = ctx;
    }

    CoreContext ctx() {
        return ctx;
    }

    IdOutput apply(Actor actor, String operationKey, String environmentId, String eventType,
                   Map<String, Object> payload, BiFunction<Environment, UnitOfWork, Environment> change) {
        return ctx.command(actor, operationKey, uow -> {
            Versioned<Environment> current = loadMutable(uow, environmentId);
            Environment next = change.apply(current.value(), uow);
            if (!next.equals(current.value())) {
                EnvironmentRepository.update(uow.tx(), current, next, uow.now());
                uow.event(eventType, next.id(), payload);
            }
            return new IdOutput(next.id());
        });
    }

    /** The environment, after checking that its project still accepts changes. */
    Versioned<Environment> loadMutable(UnitOfWork uow, String environmentId) {
        Versioned<Environment> current =
                EnvironmentRepository.require(uow.tx(), uow.actor().organizationId(), environmentId);
        ProjectRepository.require(uow.tx(), uow.actor().organizationId(), current.value().projectId())
                .value().ensureActive();
        return current;
    }
}
