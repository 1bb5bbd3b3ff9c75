package dev.appaloft.runtime.docker.swarm;

import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.ContainerSpecFile;
import com.github.dockerjava.api.model.ContainerSpecSecret;
import com.github.dockerjava.api.model.EndpointResolutionMode;
import com.github.dockerjava.api.model.EndpointSpec;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.PortConfigProtocol;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceRestartCondition;
import com.github.dockerjava.api.model.ServiceRestartPolicy;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.UpdateConfig;
import com.github.dockerjava.api.model.UpdateFailureAction;
import com.github.dockerjava.api.model.UpdateOrder;
import dev.appaloft.api.resources.HealthCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Swarm service a deployment becomes: the resource's replicas, its labels, a container health
 * check built from the resource's policy, a rolling update that starts each new task before it
 * stops an old one and rolls back by itself when a new task fails, and dependency secrets as
 * Docker secret files (their values never enter the spec). Pure: it only builds the spec.
 *
 * <p>The app's port is published in {@code host} mode with no fixed host port: each task gets a
 * port of its own. The ingress routing mesh needs IPVS in the kernel, which not every host has
 * (this machine's has none), and a fixed host-mode port could not hold two tasks on one node.
 */
public final class SwarmServiceSpec {

    /** Service label: the deployment instance (candidate name) whose spec the service runs now. */
    public static final String LABEL_INSTANCE = "appaloft.swarm.instance";
    /** Service and container label: the service a task container belongs to. */
    public static final String LABEL_SERVICE = "appaloft.swarm.service";
    /** Request label: how many tasks the resource runs (default {@link #DEFAULT_REPLICAS}). */
    public static final String LABEL_REPLICAS = "appaloft.swarm.replicas";
    /** Request label: comma-separated environment names delivered as Docker secrets, not as variables. */
    public static final String LABEL_SECRETS = "appaloft.swarm.secrets";
    public static final int DEFAULT_REPLICAS = 1;
    /** Where a secret's file is inside each task; {@code <NAME>_FILE} points at it. */
    public static final String SECRETS_DIR = "/run/secrets/";

    // how long Swarm watches a new task for failure before it moves on (and rolls back if it failed)
    static final Duration MONITOR = Duration.ofSeconds(5);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final long DEFAULT_INTERVAL = 5, DEFAULT_TIMEOUT = 5, DEFAULT_RETRIES = 10, DEFAULT_START = 5;

    /** A Docker secret a task mounts as {@code /run/secrets/<envName>}. */
    public record SecretRef(String envName, String secretId, String secretName) {
        public SecretRef {
            Objects.requireNonNull(envName, "envName");
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(secretName, "secretName");
        }
    }

    /**
     * @param environment plain variables only (secret values go through {@code secrets})
     * @param health the resource's policy; null or disabled: no container health check
     */
    public record Plan(String serviceName, String instanceName, String image, Map<String, String> environment,
                       List<SecretRef> secrets, int internalPort, int replicas, Map<String, String> labels,
                       List<String> command, HealthCheck health) {
        public Plan {
            Objects.requireNonNull(serviceName, "serviceName");
            Objects.requireNonNull(instanceName, "instanceName");
            Objects.requireNonNull(image, "image");
            environment = environment == null ? Map.of() : Map.copyOf(environment);
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            command = command == null ? List.of() : List.copyOf(command);
            if (replicas < 0) {
                throw new IllegalArgumentException("replicas must not be negative");
            }
        }
    }

    private SwarmServiceSpec() {
    }

    /** The replicas a request's labels ask for; a missing or unreadable value is the default. */
    public static int replicas(Map<String, String> labels) {
        String value = labels.get(LABEL_REPLICAS);
        try {
            int n = value == null ? DEFAULT_REPLICAS : Integer.parseInt(value.trim());
            return n < 1 ? DEFAULT_REPLICAS : Math.min(n, 100);
        } catch (NumberFormatException e) {
            return DEFAULT_REPLICAS;
        }
    }

    /** The environment names a request's labels mark as secrets. */
    public static List<String> secretNames(Map<String, String> labels) {
        String value = labels.get(LABEL_SECRETS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static ServiceSpec build(Plan plan) {
        Map<String, String> serviceLabels = new TreeMap<>(plan.labels());
        serviceLabels.put(LABEL_INSTANCE, plan.instanceName());
        serviceLabels.put(LABEL_SERVICE, plan.serviceName());
        serviceLabels.put(LABEL_REPLICAS, String.valueOf(plan.replicas()));

        ContainerSpec container = new ContainerSpec()
                .withImage(plan.image())
                .withLabels(Map.of(LABEL_SERVICE, plan.serviceName(), LABEL_INSTANCE, plan.instanceName()))
                .withEnv(environment(plan))
                .withSecrets(plan.secrets().stream().map(SwarmServiceSpec::secret).toList())
                .withStopGracePeriod(STOP_GRACE.toNanos());
        if (!plan.command().isEmpty()) {
            container = container.withCommand(plan.command());
        }
        com.github.dockerjava.api.model.HealthCheck health = healthCheck(plan.health(), plan.internalPort());
        if (health != null) {
            container = container.withHealthCheck(health);
        }
        TaskSpec task = new TaskSpec()
                .withContainerSpec(container)
                .withRestartPolicy(new ServiceRestartPolicy().withCondition(ServiceRestartCondition.ANY)
                        .withDelay(Duration.ofSeconds(1).toNanos()));
        return new ServiceSpec()
                .withName(plan.serviceName())
                .withLabels(serviceLabels)
                .withTaskTemplate(task)
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions()
                        .withReplicas(plan.replicas())))
                .withUpdateConfig(update(UpdateFailureAction.ROLLBACK))
                .withRollbackConfig(update(UpdateFailureAction.PAUSE))
                .withEndpointSpec(new EndpointSpec().withMode(EndpointResolutionMode.VIP)
                        .withPorts(List.of(new PortConfig().withTargetPort(plan.internalPort())
                                .withProtocol(PortConfigProtocol.TCP).withPublishMode(PortConfig.PublishMode.host))));
    }

    // one task at a time, the new one started (and healthy) before the old one stops
    private static UpdateConfig update(UpdateFailureAction onFailure) {
        return new UpdateConfig().withParallelism(1L).withDelay(0L).withOrder(UpdateOrder.START_FIRST)
                .withFailureAction(onFailure).withMonitor(MONITOR.toNanos()).withMaxFailureRatio(0f);
    }

    // sorted, so the same request always gives the same spec (Swarm then has nothing to roll)
    private static List<String> environment(Plan plan) {
        Map<String, String> env = new TreeMap<>(plan.environment());
        for (SecretRef s : plan.secrets()) {
            env.remove(s.envName());
            env.put(s.envName() + "_FILE", SECRETS_DIR + s.envName());
        }
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    private static ContainerSpecSecret secret(SecretRef ref) {
        return new ContainerSpecSecret().withSecretId(ref.secretId()).withSecretName(ref.secretName())
                .withFile(new ContainerSpecFile().withName(ref.envName()).withUid("0").withGid("0").withMode(0444L));
    }

    /**
     * The container health check for the resource's policy: an HTTP GET of its path on the app's
     * port from inside the task (busybox/alpine {@code wget}, else {@code curl}). Null when the
     * policy is disabled or is not an HTTP check. Swarm reports a task running only once it is
     * healthy, and a start-first update stops an old task only then.
     */
    static com.github.dockerjava.api.model.HealthCheck healthCheck(HealthCheck policy, int internalPort) {
        if (policy == null || Boolean.FALSE.equals(policy.enabled())
                || (policy.type() != null && policy.type() != HealthCheck.Type.HTTP)) {
            return null;
        }
        HealthCheck.Http http = policy.http();
        String path = http == null || http.path() == null || http.path().isBlank() ? "/" : http.path();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        int port = http != null && http.port() != null ? http.port() : internalPort;
        String url = "http://127.0.0.1:" + port + path;
        String quoted = "'" + url.replace("'", "'\\''") + "'";
        String test = "wget -q -O /dev/null " + quoted + " || curl -fsS -o /dev/null " + quoted + " || exit 1";
        return new com.github.dockerjava.api.model.HealthCheck()
                .withTest(List.of("CMD-SHELL", test))
                .withInterval(seconds(positive(policy.intervalSeconds()), DEFAULT_INTERVAL))
                .withTimeout(seconds(positive(policy.timeoutSeconds()), DEFAULT_TIMEOUT))
                .withRetries((int) (policy.retries() == null ? DEFAULT_RETRIES : Math.max(1, policy.retries())))
                .withStartPeriod(seconds(policy.startPeriodSeconds(), DEFAULT_START));
    }

    // Docker refuses a zero interval or timeout; a zero start period is fine
    private static Long positive(Long value) {
        return value == null || value < 1 ? null : value;
    }

    private static long seconds(Long value, long fallback) {
        return Duration.ofSeconds(value == null || value < 0 ? fallback : value).toNanos();
    }

    /** The labels a service spec carries, as a mutable copy (for diffs and tests). */
    static Map<String, String> labels(ServiceSpec spec) {
        return spec.getLabels() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(spec.getLabels());
    }
}
