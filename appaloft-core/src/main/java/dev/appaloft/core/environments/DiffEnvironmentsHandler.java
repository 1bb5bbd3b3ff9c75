package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.DiffEnvironmentsInput;
import dev.appaloft.api.environments.EnvironmentDiff;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

/** {@code environments.diff}: the effective configurations of two environments of the organization. */
final class DiffEnvironmentsHandler implements Handler<DiffEnvironmentsInput, EnvironmentDiff> {

    private final CoreContext ctx;

    DiffEnvironmentsHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public EnvironmentDiff handle(DiffEnvironmentsInput input, Actor actor) {
        return ctx.read(r -> {
            Environment left = EnvironmentRepository.require(r, actor.organizationId(), input.environmentId()).value();
            Environment right = EnvironmentRepository.require(r, actor.organizationId(), input.otherEnvironmentId()).value();
            return new EnvironmentDiff(new ConfigDiff(ctx.secrets()).compare(
                    left.effectiveVariables(), right.effectiveVariables()));
        });
    }
}
