package dev.appaloft.api.fleet.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.ReconcileOutput;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What every worker does with a deployment it holds (the pull agent over HTTP, the server's push
 * worker through the facade): step the provider and report each state, until the phase settles,
 * the server moves the deployment on (a newer release became desired: sync again), the provider
 * has nothing to do, or {@code maxSteps} were taken.
 */
public final class StepLoop {

    /** Reports a state under the worker's lease ({@code reconcile}) and returns what was stored. */
    @FunctionalInterface
    public interface Reporter {
        ReconcileOutput report(DeploymentState state, JsonNode error);
    }

    private StepLoop() {
    }

    /** Runs the loop from {@code first}; returns the last state stored. */
    public static DeploymentState run(PlatformProvider provider, StepRequest first, Reporter reporter, int maxSteps,
                                      BooleanSupplier keepGoing, Consumer<Duration> pause) {
        DeploymentState state = first.state();
        boolean retry = first.retryRequested();
        for (int i = 0; i < maxSteps && keepGoing.getAsBoolean() && state.status().needsWork(retry); i++) {
            StepResult result = provider.step(new StepRequest(first.deploymentId(), first.deploymentName(), state,
                    first.target(), first.stackSettings(), first.variables(), retry));
            if (result.state().equals(state)) {
                return state;
            }
            ReconcileOutput stored = reporter.report(result.state(), result.error());
            retry = Boolean.TRUE.equals(stored.current().retryRequested());
            state = result.state().withStatus(stored.current().status());
            if (state.status() != result.state().status()) {
                return state;
            }
            pause.accept(result.suggestedDelay());
        }
        return state;
    }
}
