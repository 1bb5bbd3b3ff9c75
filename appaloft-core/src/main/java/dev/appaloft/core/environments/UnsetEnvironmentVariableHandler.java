package dev.appaloft.core.environments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.UnsetEnvironmentVariableInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code environments.unsetVariable}: removes one entry; an entry that is not there is {@code 404}. */
final class UnsetEnvironmentVariableHandler implements Handler<UnsetEnvironmentVariableInput, Void> {

    private final EnvironmentChanges changes;

    UnsetEnvironmentVariableHandler(EnvironmentChanges changes) {
        this.changes = changes;
    }

    @Override
    public Void handle(UnsetEnvironmentVariableInput input, Actor actor) {
        Validation v = new Validation();
        v.required("key", input.key()).required("exposure", input.exposure());
        v.throwIfInvalid();
        VariableScope scope = input.scope() == null ? VariableScope.ENVIRONMENT : input.scope();
        Map<String, Object> payload = Map.of("key", input.key(), "exposure", input.exposure().wire(), "scope", scope.wire());
        changes.apply(actor, "environments.unsetVariable", input.environmentId(), "environment.variable_unset", payload,
                (env, uow) -> {
                    env.ensureCanAcceptMutation();
                    if (!env.hasVariable(input.key(), input.exposure(), scope)) {
                        throw new AppaloftException(ErrorCode.ENVIRONMENT_VARIABLE_NOT_FOUND,
                                "environment " + env.id() + " has no " + input.exposure().wire() + " variable "
                                        + input.key() + " at scope " + scope.wire());
                    }
                    return env.unsetVariable(input.key(), input.exposure(), scope);
                });
        return null;
    }
}
