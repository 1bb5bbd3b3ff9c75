package dev.appaloft.api.fleet;

import java.util.List;

/** The deployments whose leases the session now holds; it must release each of them. */
public record AcquireOutput(List<AcquiredDeployment> deployments) {
}
