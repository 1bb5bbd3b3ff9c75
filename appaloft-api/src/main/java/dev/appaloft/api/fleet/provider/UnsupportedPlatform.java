package dev.appaloft.api.fleet.provider;

import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.Platform;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stand-in for platforms no provider runs yet ({@code aws}, {@code gcp}, {@code azure},
 * {@code kubernetes} today): every phase fails with {@code PLATFORM_NOT_SUPPORTED}, except a
 * teardown, which succeeds at once because nothing was ever created.
 */
public final class UnsupportedPlatform implements PlatformProvider {

    public static final String CODE = "PLATFORM_NOT_SUPPORTED";

    @Override
    public Set<Platform> platforms() {
        return EnumSet.noneOf(Platform.class);
    }

    @Override
    public StepResult step(StepRequest request) {
        FleetDeploymentStatus status = request.state().status();
        return switch (status) {
            case DELETE_PENDING, DELETE_FAILED -> StepResult.of(request.state().withStatus(FleetDeploymentStatus.DELETING));
            case DELETING -> StepResult.of(request.state().withStatus(FleetDeploymentStatus.DELETED));
            case DELETED -> StepResult.of(request.state());
            default -> StepResult.failed(request.state(), CODE, "platform " + request.state().platform().wire()
                    + " is not supported yet: no provider runs it here (supported: local, test)", false);
        };
    }
}
