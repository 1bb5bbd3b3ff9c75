package dev.appaloft.core.fleet;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.fleet.FleetErrorCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fleet's failures, with the original's messages and its snake_case context keys. */
public final class FleetFailures {

    private FleetFailures() {
    }

    public static AppaloftException of(ErrorCode code, String message, Object... context) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < context.length; i += 2) {
            if (context[i + 1] != null) {
                details.put((String) context[i], context[i + 1]);
            }
        }
        return new AppaloftException(code, message, List.of(), details, null);
    }

    public static AppaloftException deploymentNotFound(String id) {
        return of(FleetErrorCodes.DEPLOYMENT_NOT_FOUND, "Deployment " + id + " not found", "deployment_id", id);
    }

    public static AppaloftException groupNotFound(String id) {
        return of(FleetErrorCodes.DEPLOYMENT_GROUP_NOT_FOUND, "Deployment group " + id + " not found",
                "deployment_group_id", id);
    }

    public static AppaloftException releaseNotFound(String id) {
        return of(FleetErrorCodes.RELEASE_NOT_FOUND, "Release " + id + " not found", "release_id", id);
    }

    public static AppaloftException forbidden(String reason) {
        return of(FleetErrorCodes.FORBIDDEN, reason, "reason", reason);
    }

    public static AppaloftException unauthorized(String reason) {
        return of(FleetErrorCodes.UNAUTHORIZED, reason, "reason", reason);
    }

    public static AppaloftException badRequest(String message) {
        return of(FleetErrorCodes.BAD_REQUEST, message);
    }
}
