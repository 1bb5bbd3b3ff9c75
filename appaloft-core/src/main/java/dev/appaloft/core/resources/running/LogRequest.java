package dev.appaloft.core.resources.running;

import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.secrets.SecretMask;
import java.time.Instant;

/**
 * A checked runtime log read: whose instance, on which runtime, and which lines.
 *
 * @param tail how many lines at most (null: all since {@code since})
 * @param after only lines strictly after this instant (a cursor); null for no such cut
 */
record LogRequest(String resourceId, Deployment deployment, RuntimeInstance instance, DeploymentRuntime runtime,
                  SecretMask mask, String serviceName, Integer tail, Instant since, Instant after) {
}
