package dev.appaloft.api.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A one-off container to run to its end ({@link DeploymentRuntime#runTask}): a scheduled task's
 * command in the resource's current image.
 *
 * @param environment variables injected at start, secret values included (never logged)
 * @param command what runs, replacing the image's command
 * @param timeout how long it may run; past it the container is killed
 * @param network a user-defined network it joins (null: the engine's default one)
 * @param mounts the resource's storage, mounted as in its deployments: a task sees the app's data
 */
public record TaskRunRequest(String name, String image, Map<String, String> environment, List<String> command,
                             Map<String, String> labels, Duration timeout, NetworkAttachment network,
                             List<VolumeMount> mounts) {

    public TaskRunRequest(String name, String image, Map<String, String> environment, List<String> command,
                          Map<String, String> labels, Duration timeout, NetworkAttachment network) {
        this(name, image, environment, command, labels, timeout, network, List.of());
    }

    public TaskRunRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(timeout, "timeout");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        command = command == null ? List.of() : List.copyOf(command);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a task run needs a command");
        }
    }

    /** Environment names only: a request can be printed without leaking values. */
    @Override
    public String toString() {
        return "TaskRunRequest[name=" + name + ", image=" + image + ", environment=" + environment.keySet()
                + ", labels=" + labels + ", timeout=" + timeout + ", mounts=" + mounts + "]";
    }
}
