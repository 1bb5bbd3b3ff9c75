package dev.appaloft.core.access;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.Access;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.internal.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Enforces {@link OperationAccess} for every call, before anything else happens (so a caller
 * without the right learns nothing about the input or whether the operation exists here). The
 * facade is the one door: the HTTP layer and embedding applications both come through it.
 */
public final class AccessPolicy {

    public static final ErrorCode DEPLOY_TOKEN_FORBIDDEN = new ErrorCode("action_auth_forbidden", 403, false);

    private AccessPolicy() {
    }

    public static void check(Operation<?, ?> operation, Object input, Actor actor) {
        checkStanding(operation, actor);
        if (actor.kind() == Actor.Kind.DEPLOY_TOKEN && OperationAccess.required(operation).role() != null) {
            checkDeployToken(operation, input, actor);
        }
    }

    /**
     * The part of the check that needs no input: is the caller signed in, and does their role (or
     * kind of credential) reach the operation's level? The HTTP layer runs it before it reads the
     * request body, so a caller without the right learns nothing about the input.
     */
    public static void checkStanding(Operation<?, ?> operation, Actor actor) {
        Access required = OperationAccess.required(operation);
        if (actor.kind() == Actor.Kind.ANONYMOUS && required != Access.PUBLIC) {
            throw new AppaloftException(ErrorCode.UNAUTHORIZED, "authentication is required");
        }
        switch (required) {
            case PUBLIC, FLEET_TOKEN -> {
                // public, or checked by the fleet handlers against their own token kinds
            }
            case SIGNED_IN -> {
                if (actor.kind() == Actor.Kind.DEPLOY_TOKEN || actor.kind() == Actor.Kind.FLEET_TOKEN) {
                    throw new AppaloftException(DEPLOY_TOKEN_FORBIDDEN, "a deploy token cannot run " + operation.key());
                }
            }
            default -> {
                if (actor.kind() == Actor.Kind.FLEET_TOKEN) {
                    // fleet tokens belong to the /v1 API only, whatever role they map to there
                    throw new AppaloftException(ErrorCode.FORBIDDEN, "a fleet token cannot run " + operation.key());
                }
                if (actor.kind() == Actor.Kind.DEPLOY_TOKEN) {
                    if (OperationAccess.deployTokenWorkflow(operation) == null) {
                        throw new AppaloftException(DEPLOY_TOKEN_FORBIDDEN, "a deploy token cannot run " + operation.key());
                    }
                } else if (!actor.hasRole(required.role())) {
                    throw new AppaloftException(ErrorCode.FORBIDDEN, operation.key() + " needs the "
                            + required.wire() + " role or higher; this caller is " + actor.role().wire());
                }
            }
        }
    }

    private static void checkDeployToken(Operation<?, ?> operation, Object input, Actor actor) {
        String workflow = OperationAccess.deployTokenWorkflow(operation);
        if (workflow == null) {
            throw new AppaloftException(DEPLOY_TOKEN_FORBIDDEN, "a deploy token cannot run " + operation.key());
        }
        Optional<String> refusal = actor.scope().refusal(workflow, scopeValues(input));
        if (refusal.isPresent()) {
            throw new AppaloftException(DEPLOY_TOKEN_FORBIDDEN, "the deploy token may not do this: " + refusal.get());
        }
    }

    /** The values a request names for each scope dimension (handlers check they belong together). */
    static Map<String, String> scopeValues(Object input) {
        Map<String, String> values = new HashMap<>();
        if (input == null) {
            return values;
        }
        Map<?, ?> fields = Json.mapper().convertValue(input, Map.class);
        for (String field : new String[] {"projectId", "environmentId", "resourceId", "serverId", "repositoryFullName"}) {
            if (fields.get(field) instanceof String value && !value.isBlank()) {
                values.put(field, value);
            }
        }
        return values;
    }
}
