package dev.appaloft.runtime.docker.swarm;

import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.ServiceUpdateState;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskState;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.Artifact;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.InstanceStatus;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.HttpProbe;
import dev.appaloft.runtime.docker.ProbeResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The deployment runtime of a Docker Swarm manager reached through a local engine (servers of
 * {@code targetKind orchestrator-cluster}, provider {@code docker-swarm}). A resource is one
 * service; each deployment updates it, and Swarm rolls the tasks one by one (start-first, back by
 * itself when a new task fails). So an instance here is a service running one deployment's spec:
 * its id is {@code <serviceId>/<candidate name>}, and retiring an instance whose spec the service
 * no longer runs has nothing to do (Swarm already replaced those tasks). Images are built and
 * listed on the engine like the single-container runtime does (one node: its images are the
 * swarm's). The route goes to a {@link ServiceEntrance}: one loopback port in front of the tasks.
 */
public final class SwarmDeploymentRuntime implements DeploymentRuntime {

    private static final String LABEL_RESOURCE = "appaloft.resource";
    private static final Duration POLL = Duration.ofMillis(200);
    // Swarm's own time on top of the health window: scheduling, the monitor period, the old task's stop
    private static final Duration UPDATE_MARGIN = Duration.ofSeconds(30);

    private final DockerEngine engine;
    private final SwarmServices services;
    private final DockerDeploymentRuntime images;
    private final Map<String, ServiceEntrance> entrances = new ConcurrentHashMap<>();
    // the spec a service ran before this process updated it: what a failed verification goes back to
    private final Map<String, ServiceSpec> previous = new ConcurrentHashMap<>();

    private final HealthCheck taskCheck;

    /** Tasks checked with the default HTTP policy (GET / every 5 s). */
    public SwarmDeploymentRuntime(DockerEngine engine) {
        this(engine, HealthCheck.httpPath("/"));
    }

    /**
     * @param taskCheck the container health check of every task (its path may be changed per request
     *                  with the {@code appaloft.swarm.health-path} label; {@code none} turns it off)
     */
    public SwarmDeploymentRuntime(DockerEngine engine, HealthCheck taskCheck) {
        this.taskCheck = taskCheck;
        this.engine = engine;
        this.services = new SwarmServices(engine.client());
        this.images = new DockerDeploymentRuntime(engine);
    }

    /** The swarm this runtime deploys to, as the connectivity test and capacity report it. */
    public SwarmCluster.Report cluster() {
        return SwarmCluster.report(engine.client());
    }

    /** The swarm: passed when this engine is an active manager; its nodes and their availability as metadata. */
    @Override
    public List<dev.appaloft.api.runtime.probe.ProbeCheck> connectivityChecks() {
        long started = System.nanoTime();
        try {
            SwarmCluster.Report report = cluster();
            Map<String, String> meta = new java.util.LinkedHashMap<>();
            meta.put("localNodeState", report.localState());
            meta.put("manager", String.valueOf(report.manager()));
            meta.put("nodes", String.valueOf(report.nodes().size()));
            meta.put("readyNodes", String.valueOf(report.readyNodes()));
            for (SwarmCluster.Node n : report.nodes()) {
                meta.put("node." + n.hostname(), n.role() + ", " + n.state() + ", " + n.availability()
                        + (n.leader() ? ", leader" : ""));
            }
            return List.of(new dev.appaloft.api.runtime.probe.ProbeCheck("swarm", report.usable() && report.readyNodes() > 0
                    ? dev.appaloft.api.runtime.probe.ProbeCheck.Status.PASSED
                    : dev.appaloft.api.runtime.probe.ProbeCheck.Status.FAILED, report.summary(),
                    (System.nanoTime() - started) / 1_000_000, meta));
        } catch (RuntimeException e) {
            return List.of(new dev.appaloft.api.runtime.probe.ProbeCheck("swarm",
                    dev.appaloft.api.runtime.probe.ProbeCheck.Status.FAILED, "the Docker engine did not answer: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    (System.nanoTime() - started) / 1_000_000, Map.of()));
        }
    }

    /**
     * The manager's host, read as the single-container runtime reads it; a swarm this engine does
     * not manage is reported as a problem of the reading (the nodes are in the connectivity test).
     */
    @Override
    public Optional<dev.appaloft.api.runtime.capacity.ServerCapacity> capacity() {
        return images.capacity().map(SwarmCapacity::new).map(c -> c.reportingSwarmOf(this));
    }

    @Override
    public Artifact prepare(ArtifactRequest request, RuntimeLog log) {
        return images.prepare(request, log);
    }

    @Override
    public List<String> images(Map<String, String> labels) {
        return images.images(labels);
    }

    @Override
    public void removeImage(String image, RuntimeLog log) {
        images.removeImage(image, log);
    }

    /** One service per resource: {@code appaloft-<resource id>} (a request without one: its own name). */
    static String serviceName(CandidateRequest request) {
        String resource = request.labels().get(LABEL_RESOURCE);
        String raw = resource == null ? request.name() : "appaloft-" + resource;
        String name = raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    @Override
    public RuntimeInstance startCandidate(CandidateRequest request, RuntimeLog log) {
        String name = serviceName(request);
        int replicas = SwarmServiceSpec.replicas(request.labels());
        try {
            List<SwarmServiceSpec.SecretRef> secrets = secrets(name, request, log);
            Map<String, String> env = new java.util.HashMap<>(request.environment());
            secrets.forEach(s -> env.remove(s.envName()));
            // no health policy reaches the runtime before verify: the default HTTP check of the app's port
            String path = request.labels().get("appaloft.swarm.health-path");
            HealthCheck health = "none".equals(path) ? null : path == null ? taskCheck : new HealthCheck(
                    taskCheck.enabled(), taskCheck.type(), taskCheck.intervalSeconds(), taskCheck.timeoutSeconds(),
                    taskCheck.retries(), taskCheck.startPeriodSeconds(), new HealthCheck.Http(null, null, null, null,
                    path, null, null));
            ServiceSpec spec = SwarmServiceSpec.build(new SwarmServiceSpec.Plan(name, request.name(), request.image(),
                    env, secrets, request.internalPort(), replicas, request.labels(), request.command(), health));
            Optional<Service> existing = services.byName(name);
            String id;
            if (existing.isEmpty()) {
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "creating Swarm service " + name + " from "
                        + request.image() + " with " + replicas + " replica(s), " + env.size() + " variables and "
                        + secrets.size() + " secret(s)");
                id = services.create(spec);
            } else {
                id = existing.get().getId();
                previous.put(id, existing.get().getSpec());
                log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "updating Swarm service " + name + " to "
                        + request.image() + " with " + replicas + " replica(s): a rolling update, one task at a time,"
                        + " each new task started before an old one stops");
                services.update(existing.get(), spec);
            }
            return new RuntimeInstance(id + "/" + request.name(), request.name(), entrance(id, name).port(), true,
                    request.labels());
        } catch (RuntimeException e) {
            throw failure("the Swarm service " + name + " could not be deployed", e);
        }
    }

    // the request's secret-marked variables become Docker secrets named per deployment (a secret is immutable)
    private List<SwarmServiceSpec.SecretRef> secrets(String service, CandidateRequest request, RuntimeLog log) {
        List<SwarmServiceSpec.SecretRef> refs = new ArrayList<>();
        for (String env : SwarmServiceSpec.secretNames(request.labels())) {
            String value = request.environment().get(env);
            if (value == null) {
                continue;
            }
            String secretName = (service + "-" + request.name() + "-" + env).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9_.-]", "-");
            secretName = secretName.length() > 64 ? secretName.substring(secretName.length() - 64) : secretName;
            String id = services.createSecret(secretName, value, Map.of(SwarmServiceSpec.LABEL_SERVICE, service));
            refs.add(new SwarmServiceSpec.SecretRef(env, id, secretName));
        }
        if (!refs.isEmpty()) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, refs.size() + " secret(s) delivered as Docker"
                    + " secrets: " + refs.stream().map(SwarmServiceSpec.SecretRef::envName).toList());
        }
        return refs;
    }

    private ServiceEntrance entrance(String serviceId, String name) {
        return entrances.computeIfAbsent(serviceId, id -> {
            try {
                return new ServiceEntrance(name, () -> services.servingPorts(id));
            } catch (IOException e) {
                throw new AppaloftException(new ErrorCode("swarm_entrance_failed", 502, true),
                        "no loopback port could be opened in front of the Swarm service " + name);
            }
        });
    }

    private static String serviceId(RuntimeInstance instance) {
        int slash = instance.id().indexOf('/');
        return slash < 0 ? instance.id() : instance.id().substring(0, slash);
    }

    @Override
    public HealthVerdict verify(RuntimeInstance candidate, HealthCheck policy, RuntimeLog log) {
        String id = serviceId(candidate);
        Instant started = Instant.now();
        Duration window = Duration.ofSeconds(policy.startPeriodSeconds() + policy.intervalSeconds() * policy.retries())
                .plus(UPDATE_MARGIN);
        int attempts = 0;
        String last = "the service has no running task yet";
        while (Duration.between(started, Instant.now()).compareTo(window) < 0) {
            attempts++;
            Optional<Service> service = services.byId(id);
            if (service.isEmpty()) {
                return verdict(false, attempts, "the Swarm service is gone", started);
            }
            Service s = service.get();
            ServiceUpdateState state = s.getUpdateStatus() == null ? null : s.getUpdateStatus().getState();
            if (state == ServiceUpdateState.ROLLBACK_STARTED || state == ServiceUpdateState.ROLLBACK_COMPLETED
                    || state == ServiceUpdateState.ROLLBACK_PAUSED
                    || !candidate.name().equals(s.getSpec().getLabels().get(SwarmServiceSpec.LABEL_INSTANCE))) {
                String why = "Swarm rolled the update back: " + (s.getUpdateStatus() == null
                        ? "the service runs " + s.getSpec().getLabels().get(SwarmServiceSpec.LABEL_INSTANCE) + " again"
                        : s.getUpdateStatus().getMessage());
                log.write(DeploymentPhase.VERIFY, RuntimeLog.Level.WARN, why);
                previous.remove(id);
                return verdict(false, attempts, why, started);
            }
            int want = replicasOf(s.getSpec());
            long ready = services.tasks(id).stream()
                    .filter(t -> SwarmServices.serving(t) && candidate.name().equals(SwarmServices.instanceOf(t))).count();
            boolean settled = state == null || state == ServiceUpdateState.COMPLETED;
            last = ready + "/" + want + " tasks of this deployment running"
                    + (settled ? "" : "; the rolling update is " + state.name().toLowerCase(java.util.Locale.ROOT));
            if (settled && ready >= want) {
                ProbeResult probe = probeOnce(candidate.hostPort(), policy);
                log.write(DeploymentPhase.VERIFY, probe.healthy() ? RuntimeLog.Level.INFO : RuntimeLog.Level.WARN,
                        last + "; health probe " + policy.http().path() + " through the service entrance: "
                                + probe.detail());
                if (probe.healthy()) {
                    return new HealthVerdict(true, attempts, probe.status(), last,
                            Duration.between(started, Instant.now()));
                }
                last = probe.detail();
            }
            if (log.cancelRequested()) {
                throw new java.util.concurrent.CancellationException("the deployment was canceled while verifying");
            }
            sleep(POLL);
        }
        log.write(DeploymentPhase.VERIFY, RuntimeLog.Level.WARN, "not healthy in time: " + last);
        rollBack(id, candidate, log);
        return verdict(false, attempts, last, started);
    }

    // what Swarm did not roll back itself (the app answered wrong, or too slowly) goes back here
    private void rollBack(String id, RuntimeInstance candidate, RuntimeLog log) {
        ServiceSpec before = previous.remove(id);
        Optional<Service> now = services.byId(id);
        if (before == null || now.isEmpty()
                || !candidate.name().equals(now.get().getSpec().getLabels().get(SwarmServiceSpec.LABEL_INSTANCE))) {
            return;
        }
        log.write(DeploymentPhase.VERIFY, RuntimeLog.Level.WARN, "rolling the Swarm service back to "
                + before.getLabels().get(SwarmServiceSpec.LABEL_INSTANCE));
        services.update(now.get(), before);
    }

    private static HealthVerdict verdict(boolean healthy, int attempts, String reason, Instant started) {
        return new HealthVerdict(healthy, attempts, -1, reason, Duration.between(started, Instant.now()));
    }

    static int replicasOf(ServiceSpec spec) {
        return spec.getMode() == null || spec.getMode().getReplicated() == null ? 0
                : (int) spec.getMode().getReplicated().getReplicas();
    }

    private static ProbeResult probeOnce(Integer port, HealthCheck policy) {
        if (port == null) {
            return new ProbeResult(false, -1, Duration.ZERO, "no entrance port");
        }
        HealthCheck.Http http = policy.http();
        HttpProbe probe = (http.method() == HealthCheck.Method.HEAD ? HttpProbe.head("127.0.0.1", port, http.path())
                : HttpProbe.get("127.0.0.1", port, http.path())).expectStatus(http.expectedStatusCode())
                .withTimeout(Duration.ofSeconds(Math.max(1, policy.timeoutSeconds())));
        if (http.expectedResponseText() != null) {
            probe = probe.expectBodyContains(http.expectedResponseText());
        }
        return probe.check();
    }

    @Override
    public void retire(RuntimeInstance instance, RuntimeLog log) {
        String id = serviceId(instance);
        Optional<Service> service = services.byId(id);
        if (service.isEmpty()) {
            closeEntrance(id);
            return;
        }
        String serving = service.get().getSpec().getLabels().get(SwarmServiceSpec.LABEL_INSTANCE);
        String name = service.get().getSpec().getName();
        if (!instance.name().equals(serving)) {
            log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, instance.name() + ": Swarm already replaced its"
                    + " tasks with those of " + serving);
            Set<String> keep = new HashSet<>();
            var secrets = service.get().getSpec().getTaskTemplate().getContainerSpec().getSecrets();
            if (secrets != null) {
                secrets.forEach(s -> keep.add(s.getSecretId()));
            }
            services.removeSecrets(name, keep);
            return;
        }
        log.write(DeploymentPhase.DEPLOY, RuntimeLog.Level.INFO, "removing Swarm service " + name);
        services.remove(id);
        closeEntrance(id);
        previous.remove(id);
        waitForTasksGone(name);
        services.removeSecrets(name, Set.of());
    }

    // secrets stay in use until the last task container is gone
    private void waitForTasksGone(String name) {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)
                && !engine.containers().listByLabels(Map.of(SwarmServiceSpec.LABEL_SERVICE, name)).isEmpty()) {
            sleep(POLL);
        }
    }

    private void closeEntrance(String id) {
        ServiceEntrance e = entrances.remove(id);
        if (e != null) {
            e.close();
        }
    }

    @Override
    public List<RuntimeInstance> find(Map<String, String> labels) {
        List<RuntimeInstance> found = new ArrayList<>();
        for (Service s : services.byLabels(labels)) {
            Map<String, String> l = s.getSpec().getLabels();
            String instance = l.get(SwarmServiceSpec.LABEL_INSTANCE);
            if (instance == null) {
                continue;
            }
            found.add(new RuntimeInstance(s.getId() + "/" + instance, instance,
                    entrance(s.getId(), s.getSpec().getName()).port(), replicasOf(s.getSpec()) > 0, l));
        }
        return found;
    }

    @Override
    public Optional<InstanceStatus> inspect(RuntimeInstance instance) {
        String id = serviceId(instance);
        Optional<Service> service = services.byId(id);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        int want = replicasOf(service.get().getSpec());
        List<Task> tasks = services.tasks(id);
        long running = tasks.stream().filter(SwarmServices::serving).count();
        // tasks that ended without being asked to (killed, crashed, unhealthy) and that Swarm replaced
        long replaced = tasks.stream().filter(t -> t.getStatus() != null
                && (t.getStatus().getState() == TaskState.FAILED || t.getStatus().getState() == TaskState.REJECTED))
                .count();
        String detail = running + "/" + want + " tasks running" + (replaced > 0 ? ", " + replaced
                + " failed task(s) replaced by Swarm" : "");
        InstanceStatus.State state = want == 0 ? InstanceStatus.State.STOPPED
                : running == 0 ? InstanceStatus.State.STARTING
                : running < want ? InstanceStatus.State.RESTARTING : InstanceStatus.State.RUNNING;
        Integer port = want == 0 ? null : entrance(id, service.get().getSpec().getName()).port();
        return Optional.of(new InstanceStatus(state, port, null, detail));
    }

    @Override
    public void stop(RuntimeInstance instance) {
        scale(instance, 0);
    }

    @Override
    public RuntimeInstance start(RuntimeInstance instance) {
        Service s = require(instance);
        scale(instance, SwarmServiceSpec.replicas(s.getSpec().getLabels()));
        return current(instance);
    }

    @Override
    public RuntimeInstance restart(RuntimeInstance instance) {
        Service s = require(instance);
        ServiceSpec spec = s.getSpec();
        Integer force = spec.getTaskTemplate().getForceUpdate();
        spec.getTaskTemplate().withForceUpdate(force == null ? 1 : force + 1); // a rolling restart, start-first
        services.update(s, spec);
        return current(instance);
    }

    private void scale(RuntimeInstance instance, int replicas) {
        Service s = require(instance);
        ServiceSpec spec = s.getSpec();
        spec.getMode().getReplicated().withReplicas(replicas);
        services.update(s, spec);
    }

    private RuntimeInstance current(RuntimeInstance instance) {
        InstanceStatus now = inspect(instance).orElseThrow(() -> gone(instance));
        return new RuntimeInstance(instance.id(), instance.name(), now.hostPort(), true, instance.labels());
    }

    private Service require(RuntimeInstance instance) {
        return services.byId(serviceId(instance)).orElseThrow(() -> gone(instance));
    }

    @Override
    public HealthVerdict probe(RuntimeInstance instance, HealthCheck policy) {
        ProbeResult result = probeOnce(instance.hostPort(), policy);
        String tasks = inspect(instance).map(InstanceStatus::detail).orElse("the service is gone");
        return new HealthVerdict(result.healthy(), 1, result.status(), result.detail() + " (" + tasks + ")",
                result.elapsed());
    }

    @Override
    public List<InstanceLogLine> logs(RuntimeInstance instance, Integer tail, Instant since) {
        return SwarmLogs.read(engine, require(instance).getSpec().getName(), tail, since);
    }

    @Override
    public LogFollower followLogs(RuntimeInstance instance, Integer tail, Instant since, Consumer<InstanceLogLine> sink) {
        return SwarmLogs.follow(engine, require(instance).getSpec().getName(), tail, since, sink);
    }

    private static AppaloftException gone(RuntimeInstance instance) {
        return new AppaloftException(ErrorCode.RUNTIME_INSTANCE_NOT_FOUND,
                "the Swarm service of " + instance.name() + " no longer exists");
    }

    private static AppaloftException failure(String what, RuntimeException e) {
        if (e instanceof AppaloftException a) {
            return a;
        }
        // docker-java's messages carry the engine's JSON answer, never the spec's values
        return new AppaloftException(new ErrorCode("swarm_service_failed", 502, true), what + ": "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }
}
