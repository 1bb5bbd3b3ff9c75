package dev.appaloft.api;

import dev.appaloft.api.catalog.Operation;

/** Runs operations as one actor. The sub-facades ({@link ProjectsApi}, ...) are built on it. */
@FunctionalInterface
public interface OperationExecutor {

    <I, O> O execute(Operation<I, O> operation, I input);
}
