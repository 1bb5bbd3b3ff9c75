package dev.appaloft.api.runtime;

import java.util.Objects;

/**
 * What an instance is doing, as its runtime sees it.
 *
 * @param hostPort the loopback port it publishes now; null when stopped or when it publishes none
 * @param exitCode the exit code of its last run, null while it has never exited
 * @param detail the runtime's own words for the state (e.g. Docker's {@code exited}), for messages
 */
public record InstanceStatus(State state, Integer hostPort, Integer exitCode, String detail) {

    public enum State {
        /** Created or being started, not running yet. */
        STARTING,
        RUNNING,
        /** Exited and being started again by the runtime's restart policy. */
        RESTARTING,
        /** Not running: stopped on request, exited on its own, paused or dead. */
        STOPPED
    }

    public InstanceStatus {
        Objects.requireNonNull(state, "state");
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
