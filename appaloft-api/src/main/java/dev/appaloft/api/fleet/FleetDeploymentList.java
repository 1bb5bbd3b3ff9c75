package dev.appaloft.api.fleet;

import java.util.List;

/** Deployments the caller can see, newest first; one page. */
public record FleetDeploymentList(List<FleetDeploymentView> items, String nextCursor) {
}
