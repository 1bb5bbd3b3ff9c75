package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.api.resources.running.RuntimeLogs;
import dev.appaloft.api.resources.running.RuntimeLogsInput;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.secrets.SecretMask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a resource's runtime logs ({@code resources.logs}, {@code resources.logsStream}): checks
 * the input, finds the instance (the running deployment's, or a named deployment's while it still
 * exists) and turns the runtime's lines into masked, numbered lines with resumable cursors.
 */
final class RuntimeLogReader {

    static final int DEFAULT_TAIL = 100;
    static final int MAX_TAIL = 1000;
    static final String RUNTIME_KIND = "docker-container";

    private final RunningApps apps;

    RuntimeLogReader(RunningApps apps) {
        this.apps = apps;
    }

    LogRequest admit(Actor actor, RuntimeLogsInput in) {
        Validation v = new Validation();
        int tail = in.tailLines() == null ? DEFAULT_TAIL : in.tailLines();
        v.check(tail >= 0 && tail <= MAX_TAIL, "tailLines", "tailLines must be between 0 and " + MAX_TAIL);
        Instant since = TimeInputs.instantOrAgo(v, "since", in.since(), apps.ctx().now());
        Instant after = TimeInputs.instant(v, "cursor", in.cursor());
        v.throwIfInvalid();
        RunningApps.Snapshot snapshot = apps.load(actor, in.resourceId());
        String service = in.serviceName() == null ? null : service(snapshot, in.serviceName());
        Deployment deployment = deployment(actor, snapshot, in.deploymentId());
        DeploymentRuntime runtime = runtime(deployment);
        Deployment.Instance i = deployment.instance();
        RuntimeInstance instance = new RuntimeInstance(i.id(), i.name(), i.hostPort(), true, Map.of());
        if (after != null) {
            // a resumed read wants everything after the cursor, within the usual bound
            return new LogRequest(in.resourceId(), deployment, instance, runtime, apps.mask(deployment), service,
                    MAX_TAIL, after, after);
        }
        return new LogRequest(in.resourceId(), deployment, instance, runtime, apps.mask(deployment), service, tail,
                since, null);
    }

    RuntimeLogs read(LogRequest request) {
        List<InstanceLogLine> raw = call(() -> request.runtime().logs(request.instance(), request.tail(), request.since()));
        List<RuntimeLogLine> lines = new ArrayList<>(raw.size());
        long sequence = 0;
        for (InstanceLogLine line : raw) {
            if (wanted(request, line)) {
                lines.add(line(request, line, ++sequence));
            }
        }
        return new RuntimeLogs(request.resourceId(), request.deployment().id(), lines);
    }

    /** Whether a line is past the request's cursor (the engine cuts by whole seconds only). */
    static boolean wanted(LogRequest request, InstanceLogLine line) {
        return request.after() == null || line.timestamp() == null || line.timestamp().isAfter(request.after());
    }

    static RuntimeLogLine line(LogRequest request, InstanceLogLine line, long sequence) {
        SecretMask.Masked text = request.mask().apply(line.text());
        Instant at = line.timestamp();
        return new RuntimeLogLine(request.resourceId(), request.deployment().id(), request.serviceName(), RUNTIME_KIND,
                request.instance().name(), switch (line.stream()) {
                    case STDOUT -> RuntimeLogLine.Stream.STDOUT;
                    case STDERR -> RuntimeLogLine.Stream.STDERR;
                    case UNKNOWN -> RuntimeLogLine.Stream.UNKNOWN;
                }, Timestamps.format(at), sequence, at == null ? null : at.toString(), text.text(), text.masked());
    }

    /** Runs a runtime call, turning its "instance gone" and "no runtime" answers into this query's codes. */
    <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (AppaloftException e) {
            if (e.code().code().equals(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND.code())) {
                throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_UNAVAILABLE, e.getMessage()
                        + "; it was replaced or removed, so its output is gone");
            }
            throw e;
        }
    }

    private String service(RunningApps.Snapshot snapshot, String name) {
        boolean known = snapshot.resource().services().stream().map(ResourceService::name).anyMatch(name::equals);
        if (!known) {
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_CONTEXT_MISMATCH, "resource "
                    + snapshot.resource().id() + " has no service named " + name, List.of(),
                    Map.of("serviceName", name), null);
        }
        return name;
    }

    private Deployment deployment(Actor actor, RunningApps.Snapshot snapshot, String deploymentId) {
        if (deploymentId == null) {
            if (snapshot.facts().current() == null) {
                throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_UNAVAILABLE, "resource "
                        + snapshot.resource().id() + " has no running instance: it was never deployed successfully");
            }
            return snapshot.facts().current();
        }
        Deployment named = apps.ctx().read(r -> DeploymentRepository.require(r, actor.organizationId(), deploymentId)).value();
        if (!named.resourceId().equals(snapshot.resource().id())) {
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_CONTEXT_MISMATCH, "deployment " + deploymentId
                    + " is not a deployment of resource " + snapshot.resource().id(), List.of(),
                    Map.of("deploymentId", deploymentId), null);
        }
        if (named.instance() == null) {
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_UNAVAILABLE, "deployment " + deploymentId
                    + " never started an instance");
        }
        return named;
    }

    private DeploymentRuntime runtime(Deployment deployment) {
        try {
            return apps.runtimes().require(deployment.plan().providerKey(), deployment.serverId());
        } catch (AppaloftException e) {
            throw new AppaloftException(ErrorCode.RESOURCE_RUNTIME_LOGS_NOT_CONFIGURED, e.getMessage());
        }
    }
}
