package dev.appaloft.core.internal;

import dev.appaloft.api.catalog.Operation;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** Which handler serves which catalog operation. */
public final class HandlerRegistry {

    private final Map<Operation<?, ?>, Handler<?, ?>> handlers = new IdentityHashMap<>();

    public <I, O> HandlerRegistry register(Operation<I, O> operation, Handler<I, O> handler) {
        if (!operation.typed()) {
            throw new IllegalArgumentException(operation.key() + " has no typed input/output records yet");
        }
        if (handlers.putIfAbsent(operation, handler) != null) {
            throw new IllegalStateException("two handlers for " + operation.key());
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public <I, O> Optional<Handler<I, O>> find(Operation<I, O> operation) {
        return Optional.ofNullable((Handler<I, O>) handlers.get(operation));
    }

    public boolean has(Operation<?, ?> operation) {
        return handlers.containsKey(operation);
    }
}
