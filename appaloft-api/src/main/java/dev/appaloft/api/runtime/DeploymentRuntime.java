package dev.appaloft.api.runtime;

import dev.appaloft.api.resources.HealthCheck;
import java.util.List;
import java.util.Map;

/**
 * What the deployment engine needs from the machine a resource runs on. The engine never talks to
 * Docker, SSH or a proxy directly: everything goes through an implementation of this interface
 * ({@code appaloft-runtime-docker} for this host's engine, later {@code appaloft-runtime-ssh}).
 *
 * <p>The zero-downtime order is the engine's: prepare the artifact, start a candidate beside the
 * running instance, verify it, switch traffic, then retire the previous instance. Implementations
 * label everything they create with the given labels, so {@link #find} can rediscover it after a
 * control-plane restart. Failures are {@code AppaloftException}s whose codes say what failed and
 * whether a retry may help; secret values never appear in their messages or in the log.
 */
public interface DeploymentRuntime {

    /** Builds the image the plan asks for, or checks that a prebuilt one is there. */
    Artifact prepare(ArtifactRequest request, RuntimeLog log);

    /** Starts a candidate; it does not receive traffic until the engine switches to it. */
    RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log);

    /** Probes the candidate until it passes the health policy or the policy gives up. */
    HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log);

    /** Stops and removes an instance; an instance that is already gone is not an error. */
    void retire(RuntimeInstance instance, RuntimeLog log);

    /** Instances carrying all of these labels, running or not. */
    List<RuntimeInstance> find(Map<String, String> labels);

    /**
     * Images this runtime holds that carry all of these labels (builds are labelled with the
     * labels of their {@link ArtifactRequest}), as references: {@code name:tag}, or the id of an
     * untagged one. Image retention and rollbacks rely on it, so a runtime that builds images
     * must list them.
     */
    List<String> images(Map<String, String> labels);

    /**
     * Removes an image reference. An image that is already gone is not an error; one still used
     * by a container is left in place (and said so in the log).
     */
    void removeImage(String image, RuntimeLog log);
}
