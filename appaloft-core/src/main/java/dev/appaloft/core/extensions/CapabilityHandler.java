package dev.appaloft.core.extensions;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.Access;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.extensions.CapabilityAnswers;
import dev.appaloft.api.extensions.CapabilityAnswers.Answer;
import dev.appaloft.api.extensions.CapabilityAnswers.Mode;
import dev.appaloft.api.extensions.CapabilityQueryInput;
import dev.appaloft.core.access.AccessPolicy;
import dev.appaloft.core.internal.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code capabilities.query}: answers from the same access table the facade enforces, so what a
 * console shows as allowed is exactly what will be let through. A deploy token's answers are
 * {@code constrained}: allowed only within its scope.
 */
final class CapabilityHandler implements Handler<CapabilityQueryInput, CapabilityAnswers> {

    private final Predicate<Operation<?, ?>> implemented;

    CapabilityHandler(Predicate<Operation<?, ?>> implemented) {
        this.implemented = implemented;
    }

    @Override
    public CapabilityAnswers handle(CapabilityQueryInput input, Actor actor) {
        ExtensionPointHandlers.checkQueries(actor, input.queries(), "operationKey",
                CapabilityQueryInput.Query::operationKey, CapabilityQueryInput.Query::organizationId);
        return new CapabilityAnswers(input.queries().stream().map(q -> answer(q, actor)).toList());
    }

    private Answer answer(CapabilityQueryInput.Query query, Actor actor) {
        String key = query.operationKey();
        Optional<Operation<?, ?>> found = lookup(key);
        if (found.isEmpty()) {
            return new Answer(key, false, Mode.DENIED, "unknown-operation", "no operation has the key " + key, null);
        }
        Operation<?, ?> operation = found.get();
        Access required = OperationAccess.required(operation);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requiredAccess", required.wire());
        details.put("callerRole", actor.role().wire());
        details.put("implemented", implemented.test(operation));
        try {
            AccessPolicy.checkStanding(operation, actor);
        } catch (AppaloftException e) {
            return new Answer(key, false, Mode.DENIED, "access-denied", e.getMessage(), details);
        }
        if (actor.kind() == Actor.Kind.DEPLOY_TOKEN) {
            Map<String, String> requested = query.resourceRefs() == null ? Map.of() : query.resourceRefs();
            Optional<String> refusal = actor.scope().refusal(OperationAccess.deployTokenWorkflow(operation), requested);
            return refusal.map(r -> new Answer(key, false, Mode.DENIED, "outside-token-scope", r, details))
                    .orElseGet(() -> new Answer(key, true, Mode.CONSTRAINED, "token-scope",
                            "allowed within the deploy token's scope", details));
        }
        return new Answer(key, true, Mode.UNRESTRICTED, "allowed",
                "the " + actor.role().wire() + " role may run " + operation.key(), details);
    }

    /** By operationId ({@code deployTokens.create}) or the original's kebab key ({@code deploy-tokens.create}). */
    static Optional<Operation<?, ?>> lookup(String key) {
        Optional<Operation<?, ?>> direct = OperationCatalog.byKey(key);
        if (direct.isPresent() || key.indexOf('-') < 0) {
            return direct;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return OperationCatalog.byKey(camel.toString());
    }
}
