package dev.appaloft.api.fleet;

import dev.appaloft.api.error.ErrorCode;

/**
 * The fleet's error codes. On {@code /v1} they are written upper-case in the Alien error shape
 * ({@code DEPLOYMENT_NOT_FOUND}); the codes the original defines keep its names and statuses.
 */
public final class FleetErrorCodes {

    public static final ErrorCode DEPLOYMENT_NOT_FOUND = new ErrorCode("deployment_not_found", 404, false);
    public static final ErrorCode DEPLOYMENT_GROUP_NOT_FOUND = new ErrorCode("deployment_group_not_found", 404, false);
    public static final ErrorCode RELEASE_NOT_FOUND = new ErrorCode("release_not_found", 404, false);
    public static final ErrorCode MAX_DEPLOYMENTS_REACHED = new ErrorCode("max_deployments_reached", 400, false);
    public static final ErrorCode UNAUTHORIZED = new ErrorCode("unauthorized", 401, false);
    public static final ErrorCode FORBIDDEN = new ErrorCode("forbidden", 403, false);
    public static final ErrorCode BAD_REQUEST = new ErrorCode("bad_request", 400, false);
    /** Another session holds a live lease on the deployment; it may be free later. */
    public static final ErrorCode DEPLOYMENT_LOCKED = new ErrorCode("deployment_locked", 409, true);
    public static final ErrorCode DEPLOYMENT_NAME_CONFLICT = new ErrorCode("deployment_name_conflict", 409, false);

    // added here: the original has no code for these decisions
    /** The session does not hold the deployment's lease (never acquired, released, or expired and taken over). */
    public static final ErrorCode LEASE_NOT_HELD = new ErrorCode("lease_not_held", 409, false);
    /** A reported status cannot follow the stored one (see {@link FleetDeploymentStatus#canReport}). */
    public static final ErrorCode INVALID_STATE_TRANSITION = new ErrorCode("invalid_state_transition", 409, false);
    public static final ErrorCode DEPLOYMENT_ALREADY_DELETING = new ErrorCode("deployment_already_deleting", 409, false);
    public static final ErrorCode DEPLOYMENT_NOT_RETRYABLE = new ErrorCode("deployment_not_retryable", 409, false);
    public static final ErrorCode DEPLOYMENT_NOT_REDEPLOYABLE = new ErrorCode("deployment_not_redeployable", 409, false);
    public static final ErrorCode PLATFORM_NOT_SUPPORTED = new ErrorCode("platform_not_supported", 400, false);

    private FleetErrorCodes() {
    }
}
