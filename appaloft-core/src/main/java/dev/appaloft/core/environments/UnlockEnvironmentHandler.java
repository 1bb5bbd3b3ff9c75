package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.environments.UnlockEnvironmentInput;
import dev.appaloft.core.internal.Handler;
import java.util.Map;

/** {@code environments.unlock}; unlocking an active environment changes nothing. */
final class UnlockEnvironmentHandler implements Handler<UnlockEnvironmentInput, IdOutput> {

    private final EnvironmentChanges changes;

    UnlockEnvironmentHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdOutput handle(UnlockEnvironmentInput input, Actor actor) {
        return changes.apply(actor, "environments.unlock", input.environmentId(), "environment-unlocked", Map.of(),
                (env, uow) -> env.lifecycleStatus() == EnvironmentLifecycleStatus.ACTIVE ? env : env.unlock());
    }
}
