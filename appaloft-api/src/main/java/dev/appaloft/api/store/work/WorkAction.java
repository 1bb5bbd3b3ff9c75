package dev.appaloft.api.store.work;

import java.util.EnumSet;
import java.util.Set;

/**
 * The operator's moves on one work item, with the statuses each is allowed from. Every backend
 * decides through {@link #allowedFrom}, so the rules live in one place.
 */
public enum WorkAction {
    CANCEL(EnumSet.of(WorkStatus.PENDING, WorkStatus.RUNNING), WorkStatus.CANCELED),
    DEAD_LETTER(EnumSet.of(WorkStatus.PENDING, WorkStatus.RUNNING, WorkStatus.FAILED), WorkStatus.DEAD_LETTERED),
    MARK_RECOVERED(EnumSet.of(WorkStatus.FAILED, WorkStatus.DEAD_LETTERED), WorkStatus.RECOVERED),
    /** Leaves the item as it is and enqueues a new pending copy of it. */
    RETRY(EnumSet.of(WorkStatus.FAILED, WorkStatus.DEAD_LETTERED, WorkStatus.CANCELED), WorkStatus.PENDING);

    private final Set<WorkStatus> from;
    private final WorkStatus result;

    WorkAction(Set<WorkStatus> from, WorkStatus result) {
        this.from = from;
        this.result = result;
    }

    public boolean allowedFrom(WorkStatus status) {
        return from.contains(status);
    }

    /** The status the item gets (for {@link #RETRY}: the status of the new item). */
    public WorkStatus result() {
        return result;
    }

    /** @throws WorkStateException when the action is not allowed from {@code item}'s status */
    public void requireAllowed(WorkItem item) {
        if (!allowedFrom(item.status())) {
            throw new WorkStateException(item.id(), item.status(), this);
        }
    }
}
