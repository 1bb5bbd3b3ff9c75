package dev.appaloft.api.runtime;

import dev.appaloft.api.deployments.DeploymentPhase;

/** Where a runtime reports progress (build output, probe results); the engine stores it in the deployment log. */
@FunctionalInterface
public interface RuntimeLog {

    enum Level { DEBUG, INFO, WARN, ERROR }

    void write(DeploymentPhase phase, Level level, String message);

    /**
     * True once the deployment was asked to stop: a runtime checks it in long waits (health
     * probing) and gives up early with {@link java.util.concurrent.CancellationException}.
     */
    default boolean cancelRequested() {
        return false;
    }

    RuntimeLog DISCARD = (phase, level, message) -> { };
}
