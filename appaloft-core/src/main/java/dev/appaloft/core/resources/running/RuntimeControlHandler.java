package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import dev.appaloft.api.resources.running.RuntimeControlAttempt.Operation;
import dev.appaloft.api.resources.running.RuntimeControlAttempt.RuntimeState;
import dev.appaloft.api.resources.running.RuntimeControlAttempt.Status;
import dev.appaloft.api.resources.running.RuntimeControlInput;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.Lease;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.providerjobs.ProviderJobLogs;
import dev.appaloft.core.resources.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code resources.runtime.stop/start/restart}: acts on the instance of the resource's running
 * deployment and never creates a deployment. The stopped instance stays the resource's instance:
 * start brings it back (its route follows it to its new port), the next deployment retires it as
 * usual. One control per resource at a time (a lease), none while a deployment runs. The attempt
 * is recorded before the runtime is touched and again with its outcome.
 */
final class RuntimeControlHandler implements Handler<RuntimeControlInput, RuntimeControlAttempt> {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final RunningApps apps;
    private final Operation operation;
    private final RouteRepair routes;

    RuntimeControlHandler(RunningApps apps, Operation operation) {
        this.apps = apps;
        this.operation = operation;
        this.routes = new RouteRepair(apps);
    }

    static String leaseKey(String resourceId) {
        return DeploymentRepository.runtimeLeaseKey(resourceId);
    }

    @Override
    public RuntimeControlAttempt handle(RuntimeControlInput in, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", in.reason(), 280);
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        RunningApps.Snapshot snapshot = apps.load(actor, in.resourceId());
        Resource resource = snapshot.resource();
        if (key != null) {
            Optional<RuntimeControls.Recorded> earlier = apps.ctx().read(r ->
                    RuntimeControls.byIdempotencyKey(r, resource.id(), operation, key));
            // a failed attempt did not happen as asked: the same key may try again
            if (earlier.isPresent() && earlier.get().attempt().status() != Status.FAILED) {
                return earlier.get().attempt();
            }
        }
        if (resource.lifecycleStatus() != ResourceLifecycleStatus.ACTIVE) {
            throw blocked(ErrorCode.RESOURCE_RUNTIME_CONTROL_BLOCKED, "resource-archived",
                    "resource " + resource.id() + " is archived; its runtime is no longer controlled");
        }
        Deployment current = snapshot.facts().current();
        if (current == null) {
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_METADATA_MISSING, "resource " + resource.id()
                    + " has no running instance to " + operation.wire() + ": it was never deployed successfully",
                    List.of(), details("runtime-not-found"), null);
        }
        if (in.deploymentId() != null && !in.deploymentId().equals(current.id())) {
            throw blocked(ErrorCode.RESOURCE_RUNTIME_CONTROL_BLOCKED, "runtime-metadata-stale", "deployment "
                    + in.deploymentId() + " is not the running deployment of resource " + resource.id()
                    + " (" + current.id() + " is)");
        }
        if (operation != Operation.STOP && !Boolean.TRUE.equals(in.acknowledgeRetainedRuntimeMetadata())) {
            List<String> drift = drift(resource, current);
            if (!drift.isEmpty()) {
                throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_PROFILE_ACKNOWLEDGEMENT_REQUIRED, "the resource's "
                        + String.join(" and ", drift) + " changed since deployment " + current.id() + "; "
                        + operation.wire() + " runs the instance as it was deployed: set "
                        + "acknowledgeRetainedRuntimeMetadata, or redeploy to apply the changes", List.of(),
                        Map.of("blockedReason", "profile-acknowledgement-required", "changed", drift), null);
            }
        }
        DeploymentRuntime runtime = apps.runtimes().require(current.plan().providerKey(), current.serverId());
        String owner = "runtime-control-" + UUID.randomUUID();
        Optional<Lease> lease = apps.ctx().store().leases().acquire(leaseKey(resource.id()), owner, LEASE);
        if (lease.isEmpty()) {
            throw blocked(ErrorCode.RESOURCE_RUNTIME_BUSY, "runtime-control-in-progress",
                    "another runtime control of resource " + resource.id() + " is in progress");
        }
        try {
            if (apps.ctx().read(r -> DeploymentFacts.deploymentInProgress(r, actor.organizationId(), resource.id()))) {
                throw blocked(ErrorCode.RESOURCE_RUNTIME_BUSY, "deployment-in-progress", "a deployment of resource "
                        + resource.id() + " is in progress; it replaces the instance when it succeeds");
            }
            return run(actor, resource, current, runtime, reason, key);
        } finally {
            apps.ctx().store().leases().release(leaseKey(resource.id()), owner);
        }
    }

    private RuntimeControlAttempt run(Actor actor, Resource resource, Deployment current, DeploymentRuntime runtime,
                                      String reason, String key) {
        Deployment.Instance recorded = current.instance();
        RuntimeInstance instance = new RuntimeInstance(recorded.id(), recorded.name(), recorded.hostPort(), true, Map.of());
        InstanceStatus before = runtime.inspect(instance).orElseThrow(() -> blocked(
                ErrorCode.RESOURCE_RUNTIME_CONTROL_BLOCKED, "runtime-not-found", "the instance of deployment "
                        + current.id() + " no longer exists on its server; redeploy the resource"));
        if (operation == Operation.STOP && before.state() == InstanceStatus.State.STOPPED) {
            throw alreadyInState("runtime-already-stopped", "the instance of resource " + resource.id() + " is already stopped");
        }
        if (operation == Operation.START && before.state() != InstanceStatus.State.STOPPED) {
            throw alreadyInState("runtime-already-running", "the instance of resource " + resource.id() + " is already "
                    + (before.running() ? "running" : "starting"));
        }
        String attemptId = Ids.next("rtc");
        String startedAt = Timestamps.format(apps.ctx().now());
        record(actor, resource.id(), new RuntimeControlAttempt(attemptId, operation, Status.RUNNING, startedAt, null,
                operation == Operation.STOP ? RuntimeState.STOPPING
                        : operation == Operation.START ? RuntimeState.STARTING : RuntimeState.RESTARTING,
                null, null, phases(operation, "running", null)), current, key, reason);
        try {
            RuntimeState after = switch (operation) {
                case STOP -> {
                    runtime.stop(instance);
                    yield RuntimeState.STOPPED;
                }
                case START -> followed(current, runtime.start(instance));
                case RESTART -> followed(current, runtime.restart(instance));
            };
            return record(actor, resource.id(), new RuntimeControlAttempt(attemptId, operation, Status.SUCCEEDED,
                    startedAt, Timestamps.format(apps.ctx().now()), after, null, null,
                    phases(operation, "succeeded", null)), current, key, reason);
        } catch (AppaloftException e) {
            RuntimeControlAttempt failed = record(actor, resource.id(), new RuntimeControlAttempt(attemptId, operation,
                    Status.FAILED, startedAt, Timestamps.format(apps.ctx().now()), stateAfterFailure(runtime, instance),
                    null, e.code().code(), phases(operation, "failed", e.code().code())), current, key, reason);
            throw new AppaloftException(new ErrorCode(ErrorCode.RESOURCE_RUNTIME_CONTROL_FAILED.code(), 502, e.retryable()),
                    operation.wire() + " of resource " + resource.id() + " failed: " + e.getMessage(), List.of(),
                    Map.of("runtimeControlAttemptId", failed.runtimeControlAttemptId(), "operation", operation.wire(),
                            "errorCode", e.code().code()), e);
        }
    }

    /** The instance runs again, maybe on a new port: its route and its deployment's record follow it. */
    private RuntimeState followed(Deployment current, RuntimeInstance started) {
        routes.follow(current, started);
        return started.running() ? RuntimeState.RUNNING : RuntimeState.STARTING;
    }

    private static RuntimeState stateAfterFailure(DeploymentRuntime runtime, RuntimeInstance instance) {
        try {
            return runtime.inspect(instance).map(s -> switch (s.state()) {
                case RUNNING -> RuntimeState.RUNNING;
                case STARTING -> RuntimeState.STARTING;
                case RESTARTING -> RuntimeState.RESTARTING;
                case STOPPED -> RuntimeState.STOPPED;
            }).orElse(RuntimeState.UNKNOWN);
        } catch (RuntimeException e) {
            return RuntimeState.UNKNOWN;
        }
    }

    /** Records the attempt; once the provider call has ended, also its provider job log row. */
    private RuntimeControlAttempt record(Actor actor, String resourceId, RuntimeControlAttempt attempt,
                                         Deployment current, String key, String reason) {
        String deploymentId = current.id();
        return apps.ctx().command(actor, "resources.runtime." + operation.wire(), uow -> {
            RuntimeControls.append(uow.tx(), resourceId,
                    new RuntimeControls.Recorded(attempt, deploymentId, key, reason), uow.now());
            if (attempt.status() != Status.RUNNING) {
                ProviderJobLogs.record(uow.tx(), actor.organizationId(), deploymentId, current.plan().providerKey(),
                        resourceId, current.serverId(), "runtime-" + operation.wire(), attempt.status().wire(),
                        attempt.errorCode(), uow.now());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("runtimeControlAttemptId", attempt.runtimeControlAttemptId());
            payload.put("operation", operation.wire());
            payload.put("deploymentId", deploymentId);
            if (attempt.errorCode() != null) {
                payload.put("errorCode", attempt.errorCode());
            }
            if (reason != null) {
                payload.put("reason", reason);
            }
            uow.event("resource-runtime-control-" + attempt.status().wire(), resourceId, payload);
            return attempt;
        });
    }

    /** What changed in the resource since the deployment that a start would not apply. */
    static List<String> drift(Resource resource, Deployment current) {
        List<String> changed = new ArrayList<>();
        String deployedSource = current.plan().source() == null ? null : current.plan().source().sourceBindingFingerprint();
        String sourceNow = resource.source() == null ? null : resource.source().sourceBindingFingerprint();
        if (!Objects.equals(deployedSource, sourceNow)) {
            changed.add("source");
        }
        if (resource.networkProfile() != null && resource.networkProfile().internalPort() != null
                && resource.networkProfile().internalPort() != current.plan().internalPort()) {
            changed.add("internal port");
        }
        return changed;
    }

    private static List<RuntimeControlAttempt.Phase> phases(Operation operation, String status, String errorCode) {
        return switch (operation) {
            case STOP -> List.of(new RuntimeControlAttempt.Phase("stop", status, errorCode));
            case START -> List.of(new RuntimeControlAttempt.Phase("start", status, errorCode));
            case RESTART -> List.of(new RuntimeControlAttempt.Phase("stop", status, errorCode),
                    new RuntimeControlAttempt.Phase("start", status, errorCode));
        };
    }

    private AppaloftException blocked(ErrorCode code, String blockedReason, String message) {
        return new AppaloftException(code, message, List.of(), details(blockedReason), null);
    }

    private AppaloftException alreadyInState(String blockedReason, String message) {
        return new AppaloftException(ErrorCode.RESOURCE_RUNTIME_ALREADY_IN_STATE, message, List.of(),
                details(blockedReason), null);
    }

    private Map<String, Object> details(String blockedReason) {
        return Map.of("blockedReason", blockedReason, "operation", operation.wire());
    }
}
