package dev.appaloft.api.store.work;

/** An operator action that the work item's current status does not allow. Nothing was changed. */
public class WorkStateException extends RuntimeException {

    private final String itemId;
    private final WorkStatus current;
    private final WorkAction action;

    public WorkStateException(String itemId, WorkStatus current, WorkAction action) {
        super("cannot " + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " work item " + itemId
                + ": it is " + current.wire());
        this.itemId = itemId;
        this.current = current;
        this.action = action;
    }

    public String itemId() {
        return itemId;
    }

    /** The item's status when the action was refused. */
    public WorkStatus current() {
        return current;
    }

    public WorkAction action() {
        return action;
    }
}
