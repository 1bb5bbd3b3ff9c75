package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.environments.LockEnvironmentInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code environments.lock}; locking a locked environment changes nothing. */
final class LockEnvironmentHandler implements Handler<LockEnvironmentInput, IdOutput> {

    private final EnvironmentChanges changes;

    LockEnvironmentHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdOutput handle(LockEnvironmentInput input, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", input.reason(), EnvironmentLimits.REASON);
        v.throwIfInvalid();
        Map<String, Object> payload = UnitOfWork.reasonPayload(reason);
        return changes.apply(actor, "environments.lock", input.environmentId(), "environment-locked", payload,
                (env, uow) -> env.lifecycleStatus() == EnvironmentLifecycleStatus.LOCKED ? env : env.lock(reason, uow.now()));
    }
}
