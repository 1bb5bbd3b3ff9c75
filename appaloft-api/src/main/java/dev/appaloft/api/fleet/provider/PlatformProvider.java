package dev.appaloft.api.fleet.provider;

import dev.appaloft.api.fleet.Platform;
import java.util.Set;

/**
 * Runs fleet deployments on one or more platforms, one increment at a time (the original's
 * {@code step()}): given the state a worker holds and the release to converge to, it does one
 * bounded piece of work and returns the new state. A worker (the pull agent, or a server-side
 * worker) calls it until the status is synced, reporting each state through reconcile.
 *
 * <p>A new platform is a new implementation of this interface, registered with the worker's
 * {@link PlatformProviders}; the model, the API and the sync protocol do not change. Platforms
 * without a provider fail with {@code PLATFORM_NOT_SUPPORTED} ({@link UnsupportedPlatform}).
 */
public interface PlatformProvider {

    /** The platforms this provider runs. */
    Set<Platform> platforms();

    /**
     * One step. Implementations move the status only along
     * {@link dev.appaloft.api.fleet.FleetDeploymentStatus#stepMoves}, record failures as the
     * phase's failed status with an error, and never throw for a failure of the deployment itself.
     */
    StepResult step(StepRequest request);
}
