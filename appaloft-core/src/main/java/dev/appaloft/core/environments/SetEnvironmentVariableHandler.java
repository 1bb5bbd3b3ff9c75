package dev.appaloft.core.environments;

import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.VariableRules;
import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.SetEnvironmentVariableInput;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code environments.setVariable}: creates or replaces one entry; secret values are sealed before storage. */
final class SetEnvironmentVariableHandler implements Handler<SetEnvironmentVariableInput, Void> {

    private final EnvironmentChanges changes;

    SetEnvironmentVariableHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public Void handle(SetEnvironmentVariableInput input, Actor actor) {
        boolean secret = VariableRules.isSecret(input.kind(), input.isSecret());
        Validation v = new Validation();
        VariableRules.check(v, input.key(), input.value(), input.kind(), input.exposure(), secret,
                EnvironmentLimits.KEY, EnvironmentLimits.VALUE);
        v.throwIfInvalid();
        VariableScope scope = input.scope() == null ? VariableScope.ENVIRONMENT : input.scope();
        // the event names the slot, never the value
        Map<String, Object> payload = Map.of("key", input.key(), "exposure", input.exposure().wire(),
                "scope", scope.wire(), "isSecret", secret);
        changes.apply(actor, "environments.setVariable", input.environmentId(), "environment.variable_set", payload,
                (env, uow) -> {
                    String stored = secret ? changes.ctx().secrets().seal(input.value()) : input.value();
                    return env.setVariable(new ConfigEntry(input.key(), stored, input.kind(), input.exposure(), scope,
                            secret, uow.now()));
                });
        return null;
    }
}
