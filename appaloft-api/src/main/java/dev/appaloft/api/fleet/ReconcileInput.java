package dev.appaloft.api.fleet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code reconcile}: the lease holder reports its deployment's state. It extends the lease;
 * {@code updateHeartbeat} also records the report as a heartbeat (null is false). {@code error}
 * is the failure of a {@code *-failed} report.
 */
public record ReconcileInput(String deploymentId, String session, DeploymentState state, Boolean updateHeartbeat,
                             JsonNode error) {
}
