package dev.appaloft.core.tasks;

import java.util.Set;

/** A run's status and the moves it allows: accepted → running → succeeded|failed, accepted → skipped. */
enum RunStatus {
    ACCEPTED("accepted"), RUNNING("running"), SUCCEEDED("succeeded"), FAILED("failed"), SKIPPED("skipped");

    private final String wire;

    RunStatus(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static RunStatus of(String wire) {
        for (RunStatus s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown run status " + wire);
    }

    boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }

    boolean canBecome(RunStatus next) {
        return switch (this) {
            case ACCEPTED -> next == RUNNING || next == SKIPPED;
            case RUNNING -> next == SUCCEEDED || next == FAILED;
            default -> false;
        };
    }

    static Set<String> wires() {
        return Set.of("accepted", "running", "succeeded", "failed", "skipped");
    }
}
