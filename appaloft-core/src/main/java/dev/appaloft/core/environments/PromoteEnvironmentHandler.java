package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.environments.PromoteEnvironmentInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

/** {@code environments.promote}: like clone, but the target kind is required (e.g. staging to production). */
final class PromoteEnvironmentHandler implements Handler<PromoteEnvironmentInput, IdOutput> {

    private final EnvironmentCopier copier;

    PromoteEnvironmentHandler(EnvironmentCopier copier) {
        this.copier = copier;
    }

    @Override
    public IdOutput handle(PromoteEnvironmentInput input, Actor actor) {
        Validation v = new Validation();
        v.required("targetKind", input.targetKind());
        v.text("targetName", input.targetName(), EnvironmentLimits.NAME);
        v.throwIfInvalid();
        return copier.copy(actor, "environments.promote", "environment.promoted", input.environmentId(),
                input.targetName(), input.targetKind());
    }
}
