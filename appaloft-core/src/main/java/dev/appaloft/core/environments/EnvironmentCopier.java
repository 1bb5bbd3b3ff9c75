package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;

/**
 * Clone and promote: a new environment in the same project whose variables are the source's
 * effective configuration. Name, kind and parent are the new environment's own; lock and archive
 * state are not copied. A locked or archived source refuses.
 */
final class EnvironmentCopier {

    private final EnvironmentChanges changes;

    EnvironmentCopier(EnvironmentChanges changes) {
        this.changes = changes;
    }

    IdOutput copy(Actor actor, String operationKey, String eventType, String sourceId, String targetName,
                  EnvironmentKind targetKind) {
        Validation v = new Validation();
        String name = v.text("targetName", targetName, EnvironmentLimits.NAME);
        v.throwIfInvalid();
        return changes.ctx().command(actor, operationKey, uow -> {
            Versioned<Environment> source = changes.loadMutable(uow, sourceId);
            source.value().ensureCanAcceptMutation();
            Environment src = source.value();
            Environment copy = Environment.create(Ids.next("env"), src.organizationId(), src.projectId(), name,
                    targetKind == null ? src.kind() : targetKind, src.id(), src.materializedFor(uow.now()), uow.now());
            EnvironmentRepository.insert(uow.tx(), copy, uow.now());
            uow.event(eventType, copy.id(), Map.of("sourceEnvironmentId", src.id(), "name", copy.name(),
                    "kind", copy.kind().wire(), "variables", copy.variables().size()));
            return new IdOutput(copy.id());
        });
    }
}
