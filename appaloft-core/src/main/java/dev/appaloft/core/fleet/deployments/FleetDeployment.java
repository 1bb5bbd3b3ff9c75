package dev.appaloft.core.fleet.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.provider.StepResult;
import dev.appaloft.core.fleet.FleetFailures;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A long-lived fleet deployment converging from its current release to its desired one. Every
 * change of status goes through the methods here, which allow only the moves of
 * {@link FleetDeploymentStatus}. The state documents a worker reports ({@code stackState},
 * {@code environmentInfo}, {@code runtimeMetadata}) are kept exactly as reported.
 *
 * @param fence the highest lease fence that reported; a report under an older lease is stale
 */
public record FleetDeployment(
        String id,
        String organizationId,
        String groupId,
        String name,
        Platform platform,
        FleetDeploymentStatus status,
        JsonNode stackSettings,
        JsonNode stackState,
        JsonNode environmentInfo,
        JsonNode runtimeMetadata,
        String currentReleaseId,
        String desiredReleaseId,
        boolean retryRequested,
        JsonNode error,
        List<StoredVariable> variables,
        long fence,
        Instant createdAt,
        Instant updatedAt,
        Instant heartbeatAt) {

    public FleetDeployment {
        Objects.requireNonNull(status, "status");
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    public static FleetDeployment create(String id, String organizationId, String groupId, String name, Platform platform,
                                         JsonNode stackSettings, List<StoredVariable> variables, String desiredReleaseId,
                                         Instant now) {
        return new FleetDeployment(id, organizationId, groupId, name, platform, FleetDeploymentStatus.PENDING,
                stackSettings, null, null, null, null, desiredReleaseId, false, null, variables, 0, now, null, null);
    }

    /**
     * Whether a worker has something to do: a phase in progress (a {@code pending} deployment
     * only once a release exists for it), or a failure whose retry was requested.
     */
    public boolean hasWork() {
        if (status == FleetDeploymentStatus.PENDING && desiredReleaseId == null) {
            return false;
        }
        return status.needsWork(retryRequested);
    }

    /** The release a worker converges to: the desired one, else the current one (retry, redeploy, teardown). */
    public String targetReleaseId() {
        return desiredReleaseId != null ? desiredReleaseId : currentReleaseId;
    }

    /**
     * A new release for this deployment's platform becomes its desired release; a settled
     * deployment ({@code running}, {@code update-failed}, {@code refresh-failed}) becomes
     * {@code update-pending}. One that is busy keeps going and picks the release up when it
     * reports {@code running}; one being deleted ignores it.
     */
    public FleetDeployment desire(String releaseId) {
        if (status.isBeingDeleted() || releaseId.equals(currentReleaseId) && desiredReleaseId == null) {
            return this;
        }
        return with(status.acceptsUpdate() ? FleetDeploymentStatus.UPDATE_PENDING : status, releaseId, retryRequested);
    }

    /** Runs the current (or already desired) release again; the original left the desired release empty here. */
    public FleetDeployment redeploy() {
        if (!status.canRedeploy()) {
            throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NOT_REDEPLOYABLE, "Deployment " + id + " is "
                    + status.wire() + "; only a running, update-pending or update/refresh-failed deployment can be redeployed",
                    "deployment_id", id, "status", status.wire());
        }
        String release = targetReleaseId();
        if (release == null) {
            throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NOT_REDEPLOYABLE, "Deployment " + id
                    + " has no release to redeploy", "deployment_id", id);
        }
        return with(FleetDeploymentStatus.UPDATE_PENDING, release, retryRequested);
    }

    public FleetDeployment requestRetry() {
        if (!status.isFailed()) {
            throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NOT_RETRYABLE, "Deployment " + id + " is "
                    + status.wire() + "; only a failed deployment can be retried", "deployment_id", id,
                    "status", status.wire());
        }
        return with(status, desiredReleaseId, true);
    }

    /**
     * Asks for the teardown: {@code delete-pending}, then the worker runs {@code deleting -> deleted}.
     * A deployment still {@code pending} that nothing was ever set up for and no worker holds has
     * nothing to tear down: it is {@code deleted} at once (else it would wait for a worker forever).
     */
    public FleetDeployment requestDelete(boolean workerHoldsIt) {
        if (!status.canDelete()) {
            throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_ALREADY_DELETING, "Deployment " + id + " is already "
                    + status.wire(), "deployment_id", id, "status", status.wire());
        }
        boolean untouched = status == FleetDeploymentStatus.PENDING && currentReleaseId == null && stackState == null
                && !workerHoldsIt;
        return with(untouched ? FleetDeploymentStatus.DELETED : FleetDeploymentStatus.DELETE_PENDING, null, false);
    }

    /**
     * Applies a worker's report: the status must be reachable from the stored one; the state
     * documents and the current release are replaced (null clears); a requested retry is consumed
     * by the report that leaves the failed status; the desired release is cleared once it is
     * current, and a deployment reported {@code running} while another release is desired goes
     * straight back to {@code update-pending}.
     */
    public FleetDeployment report(DeploymentState state, JsonNode reportedError, long leaseFence, boolean heartbeat,
                                  Instant now) {
        FleetDeploymentStatus reported = state.status();
        if (!status.canReport(reported, retryRequested)) {
            throw FleetFailures.of(FleetErrorCodes.INVALID_STATE_TRANSITION, "Deployment " + id + " is " + status.wire()
                    + (retryRequested ? " (retry requested)" : "") + " and cannot become " + reported.wire(),
                    "deployment_id", id, "status", status.wire(), "reported_status", reported.wire());
        }
        String current = state.currentRelease() == null ? null : state.currentRelease().releaseId();
        String desired = desiredReleaseId != null && desiredReleaseId.equals(current) ? null : desiredReleaseId;
        FleetDeploymentStatus next = reported == FleetDeploymentStatus.RUNNING && desired != null
                ? FleetDeploymentStatus.UPDATE_PENDING : reported;
        boolean retry = retryRequested && reported == status && status.isFailed();
        JsonNode error = reported.isFailed()
                ? (reportedError != null && !reportedError.isNull() ? reportedError
                : StepResult.error("DEPLOYMENT_FAILED", "the worker reported " + reported.wire() + " without an error", true))
                : null;
        return new FleetDeployment(id, organizationId, groupId, name, platform, next, stackSettings, state.stackState(),
                state.environmentInfo(), state.runtimeMetadata(), current, desired, retry, error, variables,
                Math.max(fence, leaseFence), createdAt, now, heartbeat ? now : heartbeatAt);
    }

    private FleetDeployment with(FleetDeploymentStatus newStatus, String desired, boolean retry) {
        return new FleetDeployment(id, organizationId, groupId, name, platform, newStatus, stackSettings, stackState,
                environmentInfo, runtimeMetadata, currentReleaseId, desired, retry, error, variables, fence, createdAt,
                updatedAt, heartbeatAt);
    }
}
