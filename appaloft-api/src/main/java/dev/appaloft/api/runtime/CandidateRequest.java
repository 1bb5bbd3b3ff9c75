package dev.appaloft.api.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An instance to start.
 *
 * @param environment variables injected at start, secret values included (never logged)
 * @param internalPort the port the app listens on inside its container
 * @param hostPort the loopback port to publish it on; null or 0 lets the runtime pick a free one
 * @param command replaces the image's command when not empty
 * @param mounts storage mounted into the instance (volumes of {@link DeploymentRuntime#volumes()} or host paths)
 * @param network a user-defined network the instance joins (null: the engine's default one)
 */
public record CandidateRequest(String name, String image, Map<String, String> environment, int internalPort,
                               Integer hostPort, Map<String, String> labels, List<String> command,
                               List<VolumeMount> mounts, NetworkAttachment network) {

    /** An instance on the engine's default network. */
    public CandidateRequest(String name, String image, Map<String, String> environment, int internalPort,
                            Integer hostPort, Map<String, String> labels, List<String> command,
                            List<VolumeMount> mounts) {
        this(name, image, environment, internalPort, hostPort, labels, command, mounts, null);
    }

    /** An instance without storage. */
    public CandidateRequest(String name, String image, Map<String, String> environment, int internalPort,
                            Integer hostPort, Map<String, String> labels, List<String> command) {
        this(name, image, environment, internalPort, hostPort, labels, command, List.of());
    }

    public CandidateRequest {
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        command = command == null ? List.of() : List.copyOf(command);
        if (internalPort < 1 || internalPort > 65_535) {
            throw new IllegalArgumentException("internalPort must be a port number");
        }
    }

    /** Environment names only: a request can be printed without leaking values. */
    @Override
    public String toString() {
        return "CandidateRequest[name=" + name + ", image=" + image + ", environment=" + environment.keySet()
                + ", internalPort=" + internalPort + ", hostPort=" + hostPort + ", labels=" + labels + ", mounts=" + mounts
                + ", network=" + (network == null ? null : network.name()) + "]";
    }
}
