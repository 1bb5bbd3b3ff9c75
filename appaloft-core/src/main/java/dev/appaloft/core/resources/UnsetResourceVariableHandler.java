package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.UnsetResourceVariableInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/** {@code resources.unsetVariable}: an entry that is not there is {@code 404}. */
final class UnsetResourceVariableHandler implements Handler<UnsetResourceVariableInput, Void> {

    private final ResourceChanges changes;

    UnsetResourceVariableHandler(ResourceChanges changes) {
        this.changes = changes;
    }

    @Override
    public Void handle(UnsetResourceVariableInput input, Actor actor) {
        Validation v = new Validation();
        v.required("key", input.key()).required("exposure", input.exposure());
        v.throwIfInvalid();
        changes.apply(actor, "resources.unsetVariable", input.resourceId(), "resource-variable-unset",
                Map.of("key", input.key(), "exposure", input.exposure().wire()),
                (resource, uow) -> resource.change(d -> {
                    if (ResourceVariables.find(resource, input.key(), input.exposure()).isEmpty()) {
                        throw new AppaloftException(ErrorCode.RESOURCE_VARIABLE_NOT_FOUND, "resource " + resource.id()
                                + " has no " + input.exposure().wire() + " variable " + input.key());
                    }
                    d.variables = ResourceVariables.without(d.variables, input.key(), input.exposure());
                    return d;
                }), r -> null);
        return null;
    }
}
