package dev.appaloft.api.runtime;

import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

    // The running instance of a resource, between deployments: observe it and control it
    // (resources.health, resources.logs, resources.runtime.*). None of these creates an instance.

    /** What the instance is doing now, with the host port it publishes now; empty when it is gone. */
    Optional<InstanceStatus> inspect(RuntimeInstance instance);

    /** Stops the instance; it keeps its configuration and can be started again. A stopped one is left alone. */
    void stop(RuntimeInstance instance);

    /**
     * Starts a stopped instance (a running one is left alone) and returns it as it runs now: its
     * host port may differ from before, so routes to it must follow.
     */
    RuntimeInstance start(RuntimeInstance instance);

    /** Stops and starts the instance; returns it as it runs now (its host port may be new). */
    RuntimeInstance restart(RuntimeInstance instance);

    /** One probe of the instance against the policy: no waiting, no retries. */
    HealthVerdict probe(RuntimeInstance instance, HealthCheck policy);

    /**
     * What the instance wrote, oldest first: its last {@code tail} lines (null: no limit) written
     * at or after {@code since} (null: from the start).
     */
    List<InstanceLogLine> logs(RuntimeInstance instance, Integer tail, Instant since);

    /**
     * Hands {@code sink} the lines {@link #logs} would return, then each new line as it is written,
     * until the follower is closed or the instance stops. {@code sink} runs on the runtime's own
     * thread and must not block for long.
     */
    LogFollower followLogs(RuntimeInstance instance, Integer tail, Instant since, Consumer<InstanceLogLine> sink);

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

    /**
     * The server's capacity reading and the narrow removals {@code servers.capacity.prune} may ask
     * for, when this runtime offers them (empty: the capacity operations report the provider as
     * unsupported).
     */
    default Optional<ServerCapacity> capacity() {
        return Optional.empty();
    }

    /**
     * The server's named volumes, when this runtime manages them (empty: a resource with storage
     * attached cannot be deployed here, and storage cleanup reports the provider as unsupported).
     * A runtime that offers them mounts {@link CandidateRequest#mounts()} into the instances it starts.
     */
    default Optional<RuntimeVolumes> volumes() {
        return Optional.empty();
    }

    /**
     * Runs a command inside a running instance (a database's readiness check, a dump) and waits
     * for it at most {@code timeout}. Runtimes that cannot answer {@code runtime_target_unsupported}.
     */
    default CommandResult exec(RuntimeInstance instance, List<String> command, java.time.Duration timeout) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "this runtime cannot run commands inside its instances");
    }

    // dependency backups
    /**
     * Copies one regular file out of an instance (a database dump) into {@code out}; returns its
     * size. Runtimes that cannot answer {@code runtime_target_unsupported}.
     */
    default long copyFromInstance(RuntimeInstance instance, String path, java.io.OutputStream out) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "this runtime cannot copy files out of its instances");
    }

    /**
     * Writes {@code size} bytes of {@code content} into an instance as the regular file {@code path}
     * (its folder exists), readable by every user there. Runtimes that cannot answer
     * {@code runtime_target_unsupported}.
     */
    default void copyToInstance(RuntimeInstance instance, String path, java.io.InputStream content, long size) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "this runtime cannot copy files into its instances");
    }

    /**
     * Starts an interactive TTY shell inside a running instance ({@code terminalSessions.open});
     * its output goes to {@code output} until the channel is closed or the shell exits. Runtimes
     * that cannot answer {@code runtime_target_unsupported}.
     */
    default TerminalChannel openTerminal(RuntimeInstance instance, TerminalRequest request, TerminalOutput output) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "this runtime cannot open a terminal inside its instances");
    }

    // scheduled tasks
    /**
     * Runs a one-off container of {@code request.image()} to its end ({@code scheduledTasks.*}):
     * no published port, no restart; past {@code request.timeout()} it is killed. The container is
     * removed afterwards, whatever happened. Runtimes that cannot answer {@code runtime_target_unsupported}.
     */
    default TaskRunResult runTask(TaskRunRequest request) {
        throw new dev.appaloft.api.error.AppaloftException(dev.appaloft.api.error.ErrorCode.RUNTIME_TARGET_UNSUPPORTED,
                "this runtime cannot run one-off task containers");
    }

    // docker swarm
    /**
     * What this runtime checks when a server of its provider on this host is tested
     * ({@code servers.testConnectivity}): a Swarm runtime reports the manager state and the nodes.
     * Empty: being configured is all there is to check.
     */
    default List<dev.appaloft.api.runtime.probe.ProbeCheck> connectivityChecks() {
        return List.of();
    }
}
