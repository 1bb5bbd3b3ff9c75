package dev.appaloft.api.fleet.provider;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.Platform;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code test} platform: a simulated environment (the original's mock). Every phase succeeds
 * one step at a time and nothing is created, so the whole protocol can run without any
 * infrastructure.
 */
public final class TestPlatform implements PlatformProvider {

    @Override
    public Set<Platform> platforms() {
        return EnumSet.of(Platform.TEST);
    }

    @Override
    public StepResult step(StepRequest request) {
        DeploymentState s = request.state();
        return switch (s.status()) {
            case PENDING -> StepResult.of(new DeploymentState(FleetDeploymentStatus.INITIAL_SETUP, s.platform(),
                    s.currentRelease(), request.target(), stackState(), environment(request.deploymentId()),
                    s.runtimeMetadata(), null));
            case INITIAL_SETUP -> StepResult.of(s.withStatus(FleetDeploymentStatus.PROVISIONING));
            case UPDATE_PENDING -> StepResult.of(s.withStatus(FleetDeploymentStatus.UPDATING));
            case PROVISIONING, UPDATING -> StepResult.of(new DeploymentState(FleetDeploymentStatus.RUNNING, s.platform(),
                    request.target(), null, s.stackState() == null ? stackState() : s.stackState(),
                    s.environmentInfo(), s.runtimeMetadata(), null));
            case DELETE_PENDING -> StepResult.of(s.withStatus(FleetDeploymentStatus.DELETING));
            case DELETING -> StepResult.of(s.withStatus(FleetDeploymentStatus.DELETED));
            default -> StepResult.of(request.retryRequested() ? s.withStatus(s.status().retryMove()) : s);
        };
    }

    private static ObjectNode stackState() {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("platform", "test");
        state.put("resourcePrefix", "t0000000");
        state.putObject("resources");
        return state;
    }

    private static ObjectNode environment(String deploymentId) {
        return JsonNodeFactory.instance.objectNode().put("platform", "test").put("testId", deploymentId);
    }
}
