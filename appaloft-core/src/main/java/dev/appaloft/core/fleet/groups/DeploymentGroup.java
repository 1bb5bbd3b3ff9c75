package dev.appaloft.core.fleet.groups;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.fleet.DeploymentGroupView;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.core.fleet.FleetFailures;
import java.time.Instant;

/**
 * A deployment group: a quota of live deployments ({@code maxDeployments}) and the count held
 * against it. The count changes in the same transaction as the deployment that takes or frees a
 * place, and the group's version makes two concurrent admissions see each other: the quota holds
 * under any concurrency.
 */
public record DeploymentGroup(String id, String organizationId, String name, long maxDeployments, long deploymentCount,
                              Instant createdAt) {

    public static final long DEFAULT_MAX_DEPLOYMENTS = 100;

    /** The group with one more deployment; {@code MAX_DEPLOYMENTS_REACHED} when it is full. */
    public DeploymentGroup admit() {
        if (deploymentCount >= maxDeployments) {
            throw FleetFailures.of(FleetErrorCodes.MAX_DEPLOYMENTS_REACHED, "Deployment group " + id
                    + " has reached its limit of " + maxDeployments + " deployments", "deployment_group_id", id,
                    "max_deployments", maxDeployments);
        }
        return new DeploymentGroup(id, organizationId, name, maxDeployments, deploymentCount + 1, createdAt);
    }

    /** The group after one of its deployments was deleted. */
    public DeploymentGroup free() {
        return new DeploymentGroup(id, organizationId, name, maxDeployments, Math.max(0, deploymentCount - 1), createdAt);
    }

    public DeploymentGroupView view() {
        return new DeploymentGroupView(id, name, maxDeployments, deploymentCount, Timestamps.format(createdAt));
    }
}
