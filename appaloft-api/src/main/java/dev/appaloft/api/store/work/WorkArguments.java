package dev.appaloft.api.store.work;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The argument checks of {@link WorkQueue}'s calls, shared by every backend so they refuse the
 * same inputs with the same messages.
 */
public final class WorkArguments {

    /** More would make one claim a long transaction holding many row locks. */
    public static final int MAX_CLAIM = 1000;

    private WorkArguments() {
    }

    public static String owner(String owner) {
        return WorkTexts.requirePrintable(owner, "owner", 200);
    }

    public static String id(String id) {
        return WorkTexts.requirePrintable(id, "id", 200);
    }

    /** A positive lease, kept to the millisecond like every stored time. */
    public static Duration lease(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.toMillis() < 1) {
            throw new IllegalArgumentException("lease must be at least 1ms");
        }
        return lease;
    }

    public static int claimMax(int max) {
        if (max < 1 || max > MAX_CLAIM) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_CLAIM);
        }
        return max;
    }

    public static Set<String> kinds(Set<String> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        kinds.forEach(WorkTexts::requireKind);
        return Set.copyOf(kinds);
    }

    public static Duration retryDelay(Duration delay) {
        Objects.requireNonNull(delay, "retryDelay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("retryDelay must not be negative");
        }
        return delay;
    }

    public static WorkError error(WorkError error) {
        return Objects.requireNonNull(error, "error");
    }

    /** An optional operator reason of at most 500 printable characters. */
    public static String reason(String reason) {
        return WorkTexts.optionalNote(reason);
    }

    /** The prune cutoff, to the millisecond as stored. */
    public static Instant cutoff(Instant before) {
        return Objects.requireNonNull(before, "before").truncatedTo(ChronoUnit.MILLIS);
    }

    /** The statuses a prune may remove: terminal ones only; empty means every terminal status. */
    public static Set<WorkStatus> pruneStatuses(Set<WorkStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            return WorkStatus.terminalStatuses();
        }
        for (WorkStatus status : statuses) {
            if (!Objects.requireNonNull(status, "status").terminal()) {
                throw new IllegalArgumentException("only terminal work can be pruned, not " + status.wire());
            }
        }
        return EnumSet.copyOf(statuses);
    }
}
