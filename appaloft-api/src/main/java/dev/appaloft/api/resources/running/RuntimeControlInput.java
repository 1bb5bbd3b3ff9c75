package dev.appaloft.api.resources.running;

/**
 * {@code resources.runtime.stop/start/restart}: act on the resource's current instance without
 * creating a deployment.
 *
 * @param deploymentId when given, the control only proceeds if this deployment's instance is the current one
 * @param reason recorded with the attempt (at most 280 characters)
 * @param idempotencyKey a repeated request with the same key answers the first attempt instead of acting again
 * @param acknowledgeRetainedRuntimeMetadata start/restart: run the instance as it was deployed although the
 *        resource's source or port changed since (a redeploy applies the changes)
 */
public record RuntimeControlInput(String resourceId, String deploymentId, String reason, String idempotencyKey,
                                  Boolean acknowledgeRetainedRuntimeMetadata) {

    public static RuntimeControlInput of(String resourceId) {
        return new RuntimeControlInput(resourceId, null, null, null, null);
    }
}
