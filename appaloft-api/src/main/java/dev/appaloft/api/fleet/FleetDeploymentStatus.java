package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 14 statuses of a long-lived fleet deployment and every move between them; the fleet model
 * changes a status through these methods only, so no illegal status is ever stored.
 *
 * <p>Moves a worker makes (its {@code step()}, reported through reconcile), failures included:
 * <pre>
 * pending -> initial-setup -> provisioning -> running (-> running | refresh-failed)
 * update-pending -> updating -> running
 * delete-pending -> deleting -> deleted
 * each phase -> its *-failed status
 * with the retry flag: initial-setup-failed -> initial-setup, provisioning-failed -> provisioning,
 *   update-failed -> update-pending, delete-failed -> deleting, refresh-failed -> running
 * </pre>
 * A worker may take several steps between two reports, so a report is legal when the reported
 * status is reachable through these moves (staying where it is included). Moves the server makes
 * itself: a new desired release or a redeploy moves {@code running}, {@code update-failed} and
 * {@code refresh-failed} to {@code update-pending}; a delete moves anything not already being
 * deleted to {@code delete-pending} (a {@code pending} deployment no worker ever touched straight
 * to {@code deleted}: there is nothing to tear down). Nothing leaves {@code deleted}.
 */
public enum FleetDeploymentStatus {
    PENDING, INITIAL_SETUP, INITIAL_SETUP_FAILED, PROVISIONING, PROVISIONING_FAILED, RUNNING, REFRESH_FAILED,
    UPDATE_PENDING, UPDATING, UPDATE_FAILED, DELETE_PENDING, DELETING, DELETE_FAILED, DELETED;

    private static final Map<FleetDeploymentStatus, Set<FleetDeploymentStatus>> STEPS = new EnumMap<>(FleetDeploymentStatus.class);
    private static final Map<FleetDeploymentStatus, FleetDeploymentStatus> RETRY = new EnumMap<>(FleetDeploymentStatus.class);

    static {
        STEPS.put(PENDING, EnumSet.of(INITIAL_SETUP, INITIAL_SETUP_FAILED));
        STEPS.put(INITIAL_SETUP, EnumSet.of(PROVISIONING, INITIAL_SETUP_FAILED));
        STEPS.put(PROVISIONING, EnumSet.of(RUNNING, PROVISIONING_FAILED));
        STEPS.put(RUNNING, EnumSet.of(REFRESH_FAILED));
        STEPS.put(UPDATE_PENDING, EnumSet.of(UPDATING, UPDATE_FAILED));
        STEPS.put(UPDATING, EnumSet.of(RUNNING, UPDATE_FAILED));
        STEPS.put(DELETE_PENDING, EnumSet.of(DELETING, DELETE_FAILED));
        STEPS.put(DELETING, EnumSet.of(DELETED, DELETE_FAILED));
        for (FleetDeploymentStatus s : values()) {
            STEPS.putIfAbsent(s, EnumSet.noneOf(FleetDeploymentStatus.class));
        }
        RETRY.put(INITIAL_SETUP_FAILED, INITIAL_SETUP);
        RETRY.put(PROVISIONING_FAILED, PROVISIONING);
        RETRY.put(UPDATE_FAILED, UPDATE_PENDING);
        RETRY.put(DELETE_FAILED, DELETING);
        RETRY.put(REFRESH_FAILED, RUNNING);
    }

    private static final Set<FleetDeploymentStatus> FAILED = EnumSet.of(INITIAL_SETUP_FAILED, PROVISIONING_FAILED,
            REFRESH_FAILED, UPDATE_FAILED, DELETE_FAILED);
    private static final Set<FleetDeploymentStatus> IN_PROGRESS = EnumSet.of(PENDING, INITIAL_SETUP, PROVISIONING,
            UPDATE_PENDING, UPDATING, DELETE_PENDING, DELETING);
    private static final Set<FleetDeploymentStatus> UPDATABLE = EnumSet.of(RUNNING, UPDATE_FAILED, REFRESH_FAILED);
    private static final Set<FleetDeploymentStatus> BEING_DELETED = EnumSet.of(DELETE_PENDING, DELETING, DELETED);

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static FleetDeploymentStatus fromWire(String wire) {
        return parse(wire).orElseThrow(() -> new IllegalArgumentException("unknown deployment status " + wire));
    }

    public static Optional<FleetDeploymentStatus> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (FleetDeploymentStatus s : values()) {
            if (s.wire().equals(wire)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** One of the five {@code *-failed} statuses. */
    public boolean isFailed() {
        return FAILED.contains(this);
    }

    /** The phase's goal is reached: a worker stops stepping ({@code running}, failures, {@code deleted}). */
    public boolean isSynced() {
        return this == RUNNING || this == DELETED || isFailed();
    }

    /** A worker has something to do: a phase in progress, or a failure whose retry was asked for. */
    public boolean needsWork(boolean retryRequested) {
        return IN_PROGRESS.contains(this) || (retryRequested && isFailed());
    }

    /** The statuses {@code acquire} considers (in progress, or failed and waiting for a requested retry). */
    public static Set<FleetDeploymentStatus> acquirable() {
        Set<FleetDeploymentStatus> all = EnumSet.copyOf(IN_PROGRESS);
        all.addAll(FAILED);
        return Collections.unmodifiableSet(all);
    }

    /** The direct moves of one worker step; retry edges only when a retry was requested. */
    public Set<FleetDeploymentStatus> stepMoves(boolean retryRequested) {
        Set<FleetDeploymentStatus> moves = EnumSet.noneOf(FleetDeploymentStatus.class);
        moves.addAll(STEPS.get(this));
        if (retryRequested && RETRY.containsKey(this)) {
            moves.add(RETRY.get(this));
        }
        return moves;
    }

    /**
     * Whether a worker may report {@code reported} for a deployment stored in this status: it is
     * this status or reachable through step moves (the retry flag holds until the report that
     * consumes it). Nothing can be reported for a deleted deployment.
     */
    public boolean canReport(FleetDeploymentStatus reported, boolean retryRequested) {
        if (this == DELETED) {
            return false;
        }
        Set<FleetDeploymentStatus> seen = EnumSet.of(this);
        Deque<FleetDeploymentStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            FleetDeploymentStatus s = todo.pop();
            if (s == reported) {
                return true;
            }
            for (FleetDeploymentStatus next : s.stepMoves(retryRequested)) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return false;
    }

    /** Where a requested retry takes this failed status; any other status stays itself. */
    public FleetDeploymentStatus retryMove() {
        return RETRY.getOrDefault(this, this);
    }

    /**
     * The status a failure in this status's phase ends in: {@code pending} and
     * {@code initial-setup} fail to {@code initial-setup-failed}, {@code update-pending} and
     * {@code updating} to {@code update-failed}, and so on; {@code running} to
     * {@code refresh-failed}. A failed status stays itself; {@code deleted} has no failure.
     */
    public FleetDeploymentStatus failure() {
        return switch (this) {
            case PENDING, INITIAL_SETUP, INITIAL_SETUP_FAILED -> INITIAL_SETUP_FAILED;
            case PROVISIONING, PROVISIONING_FAILED -> PROVISIONING_FAILED;
            case RUNNING, REFRESH_FAILED -> REFRESH_FAILED;
            case UPDATE_PENDING, UPDATING, UPDATE_FAILED -> UPDATE_FAILED;
            case DELETE_PENDING, DELETING, DELETE_FAILED -> DELETE_FAILED;
            case DELETED -> throw new IllegalStateException("a deleted deployment has no phase to fail");
        };
    }

    /** A new desired release (published, or detected after a rollout) moves this status to {@code update-pending}. */
    public boolean acceptsUpdate() {
        return UPDATABLE.contains(this);
    }

    /** {@code redeploy} is allowed: the deployment is settled, or already waiting for its update. */
    public boolean canRedeploy() {
        return acceptsUpdate() || this == UPDATE_PENDING;
    }

    /** {@code delete} is allowed: the deployment is not already being deleted. */
    public boolean canDelete() {
        return !BEING_DELETED.contains(this);
    }

    /** Being deleted or deleted: no new release or redeploy applies any more. */
    public boolean isBeingDeleted() {
        return BEING_DELETED.contains(this);
    }
}
