package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.ArchiveEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code environments.archive}: final (there is no un-archive); archiving twice changes nothing. */
final class ArchiveEnvironmentHandler implements Handler<ArchiveEnvironmentInput, IdOutput> {

    private final EnvironmentChanges changes;

    ArchiveEnvironmentHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdOutput handle(ArchiveEnvironmentInput input, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", input.reason(), EnvironmentLimits.REASON);
        v.throwIfInvalid();
        Map<String, Object> payload = UnitOfWork.reasonPayload(reason);
        return changes.apply(actor, "environments.archive", input.environmentId(), "environment-archived", payload,
                (env, uow) -> env.lifecycleStatus() == EnvironmentLifecycleStatus.ARCHIVED ? env : env.archive(reason, uow.now()));
    }
}
