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
 */
public record TaskRunRequest(String name, String image, Map<String, String> environment, List<String> command,
                             Map<String, String> labels, Duration timeout, NetworkAttachment network) {

    public TaskRunRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(timeout, "timeout");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        command = command == null ? List.of() : List.copyOf(command);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a task run needs a command");
        }
    }

    /** Environment names only: a request can be printed without leaking values. */
    @Override
    public String toString() {
        return "TaskRunRequest[name=" + name + ", image=" + image + ", environment=" + environment.keySet()
                + ", labels=" + labels + ", timeout=" + timeout + "]";
    }
}
