package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceSecretRef;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.VariableRules;
import dev.appaloft.core.internal.Validation;
import java.util.Map;

/**
 * Create, rotate and delete of resource secrets: resource-scoped entries of kind secret. Create
 * needs the key to be free, rotate and delete need the secret to exist. Answers name the secret,
 * never its value.
 */
final class ResourceSecretCommand {

    enum Mode { CREATE, ROTATE, DELETE }

    private final ResourceChanges changes;

    ResourceSecretCommand(ResourceChanges changes) {
        this.changes = changes;
    }

    ResourceSecretRef run(Mode mode, Actor actor, String resourceId, String key, String value,
                          VariableExposure requestedExposure) {
        VariableExposure exposure = requestedExposure == null ? VariableExposure.RUNTIME : requestedExposure;
        Validation v = new Validation();
        v.check(exposure == VariableExposure.RUNTIME, "exposure", "secrets are runtime values: build-time ones end up in the image");
        if (mode != Mode.DELETE) {
            VariableRules.check(v, key, value, VariableKind.SECRET, exposure, true, 256, 64 * 1024);
            v.check(value == null || !value.isEmpty(), "value", "a secret cannot be empty");
        }
        v.throwIfInvalid();
        String event = switch (mode) {
            case CREATE -> "resource-secret-reference-created";
            case ROTATE -> "resource-secret-reference-rotated";
            case DELETE -> "resource-secret-reference-deleted";
        };
        return changes.apply(actor, "resources.secrets." + mode.name().toLowerCase(java.util.Locale.ROOT), resourceId,
                event, Map.of("key", key, "exposure", exposure.wire()),
                (resource, uow) -> resource.change(d -> {
                    boolean exists = ResourceVariables.find(resource, key, exposure).filter(ConfigEntry::isSecret).isPresent();
                    if (mode == Mode.CREATE && ResourceVariables.find(resource, key, exposure).isPresent()) {
                        throw new AppaloftException(ErrorCode.RESOURCE_SECRET_EXISTS,
                                "resource " + resource.id() + " already has " + key + "; rotate it instead");
                    }
                    if (mode != Mode.CREATE && !exists) {
                        throw new AppaloftException(ErrorCode.RESOURCE_SECRET_NOT_FOUND,
                                "resource " + resource.id() + " has no secret " + key);
                    }
                    d.variables = mode == Mode.DELETE ? ResourceVariables.without(d.variables, key, exposure)
                            : ResourceVariables.put(d.variables, new ConfigEntry(key, changes.ctx().secrets().seal(value),
                                    VariableKind.SECRET, exposure, VariableScope.RESOURCE, true, uow.now()));
                    return d;
                }),
                after -> new ResourceSecretRef(after.id(), key, exposure));
    }
}
