package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.RenameEnvironmentInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

final class RenameEnvironmentHandler implements Handler<RenameEnvironmentInput, IdOutput> {

    private final EnvironmentChanges changes;

    RenameEnvironmentHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdOutput handle(RenameEnvironmentInput input, Actor actor) {
        Validation v = new Validation();
        String name = v.text("name", input.name(), EnvironmentLimits.NAME);
        v.throwIfInvalid();
        return changes.apply(actor, "environments.rename", input.environmentId(), "environment-renamed",
                Map.of("name", name), (env, uow) -> env.rename(name));
    }
}
