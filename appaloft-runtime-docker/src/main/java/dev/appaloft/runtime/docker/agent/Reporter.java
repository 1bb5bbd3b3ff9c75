package dev.appaloft.runtime.docker.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.ReconcileOutput;

/**
 * Reports one deployment's state under the agent's lease. Step reports and heartbeats go through
 * here one at a time, and a heartbeat repeats the last state reported, so a heartbeat can never
 * report an older state after a newer one.
 */
final class Reporter {

    private final FleetClient client;
    private final String deploymentId;
    private final String session;
    private DeploymentState last;

    Reporter(FleetClient client, String deploymentId, String session) {
        this.client = client;
        this.deploymentId = deploymentId;
        this.session = session;
    }

    synchronized ReconcileOutput report(DeploymentState state, JsonNode error) {
        ReconcileOutput out = client.reconcile(deploymentId, session, state, false, error);
        last = state.withStatus(out.current().status());
        return out;
    }

    /** Extends the lease while a long step runs; nothing to do before the first report. */
    synchronized void heartbeat() {
        if (last != null) {
            client.reconcile(deploymentId, session, last, true, null);
        }
    }

    synchronized void start(DeploymentState initial) {
        last = initial;
    }
}
