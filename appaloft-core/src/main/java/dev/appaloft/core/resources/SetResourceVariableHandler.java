package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.resources.SetResourceVariableInput;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.VariableRules;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code resources.setVariable}: creates or replaces a resource-scoped entry; secrets sealed. */
final class SetResourceVariableHandler implements Handler<SetResourceVariableInput, Void> {

    private final ResourceChanges changes;

    SetResourceVariableHandler(ResourceChanges changes) {
        this.changes = changes;
    }

    @Override
    public Void handle(SetResourceVariableInput input, Actor actor) {
        VariableKind kind = input.kind() == null ? VariableKind.PLAIN_CONFIG : input.kind();
        boolean secret = VariableRules.isSecret(kind, input.isSecret());
        Validation v = new Validation();
        VariableRules.check(v, input.key(), input.value(), kind, input.exposure(), secret, 256, 64 * 1024);
        v.throwIfInvalid();
        changes.apply(actor, "resources.setVariable", input.resourceId(), "resource-variable-set",
                Map.of("key", input.key(), "exposure", input.exposure().wire(), "isSecret", secret),
                (resource, uow) -> resource.change(d -> {
                    String stored = secret ? changes.ctx().secrets().seal(input.value()) : input.value();
                    d.variables = ResourceVariables.put(d.variables, new ConfigEntry(input.key(), stored, kind,
                            input.exposure(), VariableScope.RESOURCE, secret, uow.now()));
                    return d;
                }), r -> null);
        return null;
    }
}
