package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The states of one deployment attempt and the only moves between them. The engine changes a
 * deployment's status through {@link #canBecome} alone, so no illegal state is ever stored.
 *
 * <pre>
 * created -> planning -> planned -> running -> succeeded | rolled-back
 * any non-terminal -> failed                     (a step failed, or the attempt was interrupted)
 * created | planning | planned -> canceled       (nothing runs yet, so nothing to stop)
 * running -> cancel-requested -> canceled        (the executor stops and removes its candidate)
 * cancel-requested -> succeeded                  (the cancel came after traffic had moved)
 * </pre>
 */
public enum DeploymentStatus {
    CREATED, PLANNING, PLANNED, RUNNING, CANCEL_REQUESTED, SUCCEEDED, FAILED, CANCELED, ROLLED_BACK;

    private static final Set<DeploymentStatus> TERMINAL = EnumSet.of(SUCCEEDED, FAILED, CANCELED, ROLLED_BACK);
    private static final Set<DeploymentStatus> CANCELABLE = EnumSet.of(CREATED, PLANNING, PLANNED, RUNNING);

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Whether a deployment in this state can still be asked to stop. */
    public boolean isCancelable() {
        return CANCELABLE.contains(this);
    }

    /** Retry starts a new attempt from a failed or canceled one. */
    public boolean isRetrySource() {
        return this == FAILED || this == CANCELED;
    }

    public boolean canBecome(DeploymentStatus next) {
        if (isTerminal()) {
            return false;
        }
        return switch (next) {
            case CREATED -> false;
            case PLANNING -> this == CREATED;
            case PLANNED -> this == PLANNING;
            case RUNNING -> this == PLANNED;
            case SUCCEEDED -> this == RUNNING || this == CANCEL_REQUESTED;
            case ROLLED_BACK -> this == RUNNING;
            case FAILED -> true;
            case CANCEL_REQUESTED -> this == RUNNING;
            case CANCELED -> this == CREATED || this == PLANNING || this == PLANNED || this == CANCEL_REQUESTED;
        };
    }

    public static DeploymentStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
