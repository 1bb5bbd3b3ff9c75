package dev.appaloft.api.fleet.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.fleet.DeploymentState;
import java.time.Duration;

/**
 * The state after one step, the error of a failed step (an AlienError document: code, message,
 * retryable, internal) and how long the worker should wait before the next step.
 */
public record StepResult(DeploymentState state, JsonNode error, Duration suggestedDelay) {

    public StepResult {
        suggestedDelay = suggestedDelay == null ? Duration.ZERO : suggestedDelay;
    }

    public static StepResult of(DeploymentState state) {
        return new StepResult(state, null, Duration.ZERO);
    }

    /** The deployment moves to its phase's failed status, with this error. */
    public static StepResult failed(DeploymentState state, String code, String message, boolean retryable) {
        return new StepResult(state.withStatus(state.status().failure()), error(code, message, retryable), Duration.ZERO);
    }

    /** An error in the Alien error shape. */
    public static ObjectNode error(String code, String message, boolean retryable) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("message", message);
        error.put("retryable", retryable);
        error.put("internal", false);
        return error;
    }
}
