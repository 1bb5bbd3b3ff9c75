package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.CloneEnvironmentInput;
import dev.appaloft.core.internal.Handler;

/** {@code environments.clone}: the kind defaults to the source's. */
final class CloneEnvironmentHandler implements Handler<CloneEnvironmentInput, IdOutput> {

    private final EnvironmentCopier copier;

    CloneEnvironmentHandler(EnvironmentCopier copier) {
        this.copier = copier;
    }

    @Override
    public IdOutput handle(CloneEnvironmentInput input, Actor actor) {
        return copier.copy(actor, "environments.clone", "environment.cloned", input.environmentId(),
                input.targetName(), input.targetKind());
    }
}
