package dev.appaloft.core.environments;

import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.environments.EffectivePrecedence;
import dev.appaloft.api.environments.EffectivePrecedenceInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;

/** {@code environments.effectivePrecedence}: owned entries, the winners, and the scope order; secrets masked. */
final class EffectivePrecedenceHandler implements Handler<EffectivePrecedenceInput, EffectivePrecedence> {

    private final CoreContext ctx;

    EffectivePrecedenceHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public EffectivePrecedence handle(EffectivePrecedenceInput input, Actor actor) {
        Environment env = ctx.read(r -> EnvironmentRepository.require(r, actor.organizationId(), input.environmentId()))
                .value();
        return new EffectivePrecedence(EffectivePrecedence.SCHEMA_VERSION, env.id(), env.projectId(),
                env.variables().stream().sorted(Precedence.DISPLAY_ORDER).map(ConfigEntry::view).toList(),
                env.effectiveVariables().stream().map(ConfigEntry::view).toList(),
                Precedence.ORDER, Timestamps.format(ctx.now()));
    }
}
