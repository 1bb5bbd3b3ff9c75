package dev.appaloft.api.store.work;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a work item is in its life. Workers move items between {@code pending} and {@code running}
 * and finish them; operators finish or revive them through {@link WorkAction}.
 *
 * <pre>
 * pending -> running                       (claim)
 * running -> pending                       (retriable failure with attempts left)
 * running -> succeeded | failed | dead-lettered
 * running (lease expired, no attempts left) -> dead-lettered   (at the next claim)
 * pending | running -> canceled            (operator)
 * pending | running | failed -> dead-lettered                  (operator)
 * failed | dead-lettered -> recovered      (operator: handled by hand)
 * </pre>
 */
public enum WorkStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, DEAD_LETTERED, CANCELED, RECOVERED;

    private static final Set<WorkStatus> TERMINAL = EnumSet.of(SUCCEEDED, FAILED, DEAD_LETTERED, CANCELED, RECOVERED);

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether no worker will touch the item again (only an operator action or prune can). */
    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    /** The statuses no worker will touch again. */
    public static Set<WorkStatus> terminalStatuses() {
        return EnumSet.copyOf(TERMINAL);
    }

    /** @throws IllegalArgumentException for a name that is not a status's wire name */
    @JsonCreator
    public static WorkStatus fromWire(String wire) {
        for (WorkStatus status : values()) {
            if (status.wire().equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown work status: " + wire);
    }
}
