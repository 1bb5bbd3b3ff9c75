package dev.appaloft.core.work;

import dev.appaloft.api.store.work.WorkError;

/**
 * Thrown by a {@link WorkHandler} to say how its attempt failed: the phase and a stable code (never
 * a secret), and whether trying again can help. Any other exception counts as a retriable failure
 * in phase {@code run} with code {@code unexpected_error}.
 */
public final class WorkFailure extends Exception {

    private final WorkError error;
    private final boolean retriable;

    public WorkFailure(String phase, String code, String message, boolean retriable) {
        super(message);
        this.error = new WorkError(phase, code, message);
        this.retriable = retriable;
    }

    public WorkError error() {
        return error;
    }

    public boolean retriable() {
        return retriable;
    }
}
