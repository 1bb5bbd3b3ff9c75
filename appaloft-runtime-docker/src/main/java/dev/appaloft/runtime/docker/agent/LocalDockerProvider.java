package dev.appaloft.runtime.docker.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.ReleaseInfo;
import dev.appaloft.api.fleet.provider.PlatformProvider;
import dev.appaloft.api.fleet.provider.StepRequest;
import dev.appaloft.api.fleet.provider.StepResult;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code local} platform: a release's containers run on this host's Docker engine through
 * the {@link DeploymentRuntime} SPI (the same runtime the deployment engine uses). A rollout
 * starts every container of the release beside the ones serving, verifies each over HTTP, and
 * only then retires the previous ones; a failed rollout removes its candidates and leaves the
 * previous release serving.
 *
 * <p>The containers serving a deployment are recorded in its stack state
 * ({@code resources.<id>._internal.containerId}); any other container labelled with the
 * deployment is the leftover of an attempt that died with its agent and is removed before the
 * next rollout, so a restarted agent converges from wherever the last one stopped.
 */
public final class LocalDockerProvider implements PlatformProvider {

    public static final String DEPLOYMENT_LABEL = "appaloft.fleet.deployment";
    public static final String RESOURCE_LABEL = "appaloft.fleet.resource";
    public static final String RELEASE_LABEL = "appaloft.fleet.release";

    private static final Logger LOG = LoggerFactory.getLogger(LocalDockerProvider.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DeploymentRuntime runtime;
    private final Map<String, String> extraLabels;

    public LocalDockerProvider(DeploymentRuntime runtime, Map<String, String> extraLabels) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.extraLabels = extraLabels == null ? Map.of() : Map.copyOf(extraLabels);
    }

    @Override
    public Set<Platform> platforms() {
        return EnumSet.of(Platform.LOCAL);
    }

    @Override
    public StepResult step(StepRequest request) {
        DeploymentState s = request.state();
        try {
            return switch (s.status()) {
                case PENDING -> StepResult.of(new DeploymentState(FleetDeploymentStatus.INITIAL_SETUP, s.platform(),
                        s.currentRelease(), null, emptyStackState(request.deploymentId()), environmentInfo(),
                        s.runtimeMetadata(), null));
                case INITIAL_SETUP -> {
                    // nothing is frozen on a local host: check the stack can run here, then provision
                    LocalStack.parse(request.target() == null ? null : request.target().stack());
                    yield StepResult.of(s.withStatus(FleetDeploymentStatus.PROVISIONING));
                }
                case PROVISIONING, UPDATING -> rollout(request);
                case UPDATE_PENDING -> StepResult.of(s.withStatus(FleetDeploymentStatus.UPDATING));
                case DELETE_PENDING -> StepResult.of(s.withStatus(FleetDeploymentStatus.DELETING));
                case DELETING -> teardown(request);
                case RUNNING, DELETED -> StepResult.of(s);
                default -> StepResult.of(request.retryRequested() ? s.withStatus(s.status().retryMove()) : s);
            };
        } catch (LocalStack.InvalidStack e) {
            return StepResult.failed(s, "STACK_NOT_SUPPORTED", e.getMessage(), false);
        } catch (AppaloftException e) {
            return StepResult.failed(s, e.code().code().toUpperCase(Locale.ROOT), e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            LOG.warn("step {} of deployment {} failed", s.status().wire(), request.deploymentId(), e);
            return StepResult.failed(s, "AGENT_STEP_FAILED", e.toString(), true);
        }
    }

    /** Starts the target release beside what serves, verifies it, then retires what served before. */
    private StepResult rollout(StepRequest request) {
        DeploymentState s = request.state();
        ReleaseInfo target = request.target();
        LocalStack stack = LocalStack.parse(target == null ? null : target.stack());
        Map<String, String> serving = servingContainers(s.stackState());
        RuntimeLog log = log(request.deploymentId());
        for (RuntimeInstance leftover : runtime.find(Map.of(DEPLOYMENT_LABEL, request.deploymentId()))) {
            if (!serving.containsKey(leftover.id())) {
                log.write(null, RuntimeLog.Level.INFO, "removing " + leftover.name() + ", left by an attempt that did not finish");
                runtime.retire(leftover, log);
            }
        }
        List<RuntimeInstance> started = new ArrayList<>();
        ObjectNode resources = NODES.objectNode();
        for (LocalStack.Container c : stack.containers()) {
            runtime.prepare(ArtifactRequest.prebuilt(c.image()), log);
            RuntimeInstance candidate = runtime.startCandidate(new CandidateRequest(
                    containerName(request.deploymentName(), c.id()), c.image(), environment(c, request.variables()),
                    c.port(), null, labels(request.deploymentId(), c.id(), target.releaseId()), c.command()), log);
            started.add(candidate);
            HealthVerdict verdict = runtime.verify(candidate, health(c), log);
            if (!verdict.healthy()) {
                started.forEach(i -> runtime.retire(i, log));
                return StepResult.failed(s, "HEALTH_CHECK_FAILED", "container " + c.id() + " of release "
                        + target.releaseId() + " did not become healthy: " + verdict.reason(), true);
            }
            resources.set(c.id(), resourceState(c, candidate));
        }
        for (Map.Entry<String, String> old : serving.entrySet()) {
            runtime.retire(new RuntimeInstance(old.getKey(), old.getValue(), null, true, Map.of()), log);
        }
        ObjectNode stackState = stackState(request.deploymentId(), s.stackState());
        stackState.set("resources", resources);
        return StepResult.of(new DeploymentState(FleetDeploymentStatus.RUNNING, s.platform(), target, null, stackState,
                s.environmentInfo() == null ? environmentInfo() : s.environmentInfo(), s.runtimeMetadata(), null));
    }

    private StepResult teardown(StepRequest request) {
        RuntimeLog log = log(request.deploymentId());
        for (RuntimeInstance instance : runtime.find(Map.of(DEPLOYMENT_LABEL, request.deploymentId()))) {
            runtime.retire(instance, log);
        }
        ObjectNode stackState = stackState(request.deploymentId(), request.state().stackState());
        stackState.putObject("resources");
        DeploymentState s = request.state();
        return StepResult.of(new DeploymentState(FleetDeploymentStatus.DELETED, s.platform(), s.currentRelease(), null,
                stackState, s.environmentInfo(), s.runtimeMetadata(), null));
    }

    private Map<String, String> labels(String deploymentId, String resourceId, String releaseId) {
        Map<String, String> labels = new HashMap<>(extraLabels);
        labels.put(DEPLOYMENT_LABEL, deploymentId);
        labels.put(RESOURCE_LABEL, resourceId);
        labels.put(RELEASE_LABEL, releaseId);
        return labels;
    }

    /** The stack's own environment, then the deployment's variables that apply to this container. */
    private static Map<String, String> environment(LocalStack.Container c, List<EnvironmentVariable> variables) {
        Map<String, String> env = new LinkedHashMap<>(c.environment());
        for (EnvironmentVariable v : variables) {
            if (v.appliesTo(c.id())) {
                env.put(v.name(), v.value());
            }
        }
        return env;
    }

    private static HealthCheck health(LocalStack.Container c) {
        long retries = Math.max(1, c.healthTimeoutSeconds());
        return new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 2L, retries, 0L, new HealthCheck.Http(
                HealthCheck.Method.GET, HealthCheck.Scheme.HTTP, null, null, c.healthPath(), 200, null));
    }

    private static JsonNode resourceState(LocalStack.Container c, RuntimeInstance instance) {
        ObjectNode state = NODES.objectNode();
        state.put("type", LocalStack.CONTAINER);
        state.put("status", "running");
        state.set("config", c.config());
        ObjectNode outputs = state.putObject("outputs");
        outputs.put("type", LocalStack.CONTAINER);
        outputs.put("publicUrl", "http://127.0.0.1:" + instance.hostPort());
        ObjectNode internal = state.putObject("_internal");
        internal.put("containerId", instance.id());
        internal.put("containerName", instance.name());
        internal.put("hostPort", instance.hostPort());
        state.put("retryAttempt", 0);
        state.put("isExternallyProvisioned", false);
        state.put("lifecycle", "live");
        state.putArray("dependencies");
        return state;
    }

    /** Container id to name, for the containers the stack state says serve now. */
    static Map<String, String> servingContainers(JsonNode stackState) {
        Map<String, String> serving = new LinkedHashMap<>();
        if (stackState == null) {
            return serving;
        }
        for (Iterator<JsonNode> it = stackState.path("resources").elements(); it.hasNext(); ) {
            JsonNode internal = it.next().path("_internal");
            if (internal.path("containerId").isTextual()) {
                serving.put(internal.get("containerId").asText(), internal.path("containerName").asText("container"));
            }
        }
        return serving;
    }

    private static ObjectNode stackState(String deploymentId, JsonNode previous) {
        ObjectNode state = previous != null && previous.isObject() ? ((ObjectNode) previous).deepCopy()
                : emptyStackState(deploymentId);
        state.put("platform", "local");
        if (!state.path("resourcePrefix").isTextual()) {
            state.put("resourcePrefix", prefix(deploymentId));
        }
        return state;
    }

    private static ObjectNode emptyStackState(String deploymentId) {
        ObjectNode state = NODES.objectNode();
        state.put("platform", "local");
        state.put("resourcePrefix", prefix(deploymentId));
        state.putObject("resources");
        return state;
    }

    /** A letter and 7 hex characters, stable for the deployment (the original's shape). */
    static String prefix(String deploymentId) {
        return "a" + String.format("%08x", deploymentId.hashCode()).substring(0, 7);
    }

    private static ObjectNode environmentInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("platform", "local");
        String hostname;
        try {
            hostname = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            hostname = "localhost";
        }
        info.put("hostname", hostname);
        info.put("os", System.getProperty("os.name").toLowerCase(Locale.ROOT));
        info.put("arch", System.getProperty("os.arch"));
        return info;
    }

    /** {@code fleet-<deployment>-<resource>-<random>}: each attempt's containers get fresh names. */
    static String containerName(String deploymentName, String resourceId) {
        String base = ("fleet-" + deploymentName + "-" + resourceId).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]", "-");
        if (base.length() > 50) {
            base = base.substring(0, 50);
        }
        return base + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static RuntimeLog log(String deploymentId) {
        return (phase, level, message) -> {
            switch (level) {
                case ERROR -> LOG.error("[{}] {}", deploymentId, message);
                case WARN -> LOG.warn("[{}] {}", deploymentId, message);
                case DEBUG -> LOG.debug("[{}] {}", deploymentId, message);
                default -> LOG.info("[{}] {}", deploymentId, message);
            }
        };
    }
}
