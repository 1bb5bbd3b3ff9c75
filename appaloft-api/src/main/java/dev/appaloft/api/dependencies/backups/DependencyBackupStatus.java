package dev.appaloft.api.dependencies.backups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * Where a backup is: {@code pending} while it is queued or its dump runs, then {@code ready}
 * (the dump is stored) or {@code failed}. Both ends are final.
 */
public enum DependencyBackupStatus {
    PENDING("pending"),
    READY("ready"),
    FAILED("failed");

    private final String wire;

    DependencyBackupStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public boolean canMoveTo(DependencyBackupStatus next) {
        return this == PENDING && Set.of(READY, FAILED).contains(next);
    }
}
