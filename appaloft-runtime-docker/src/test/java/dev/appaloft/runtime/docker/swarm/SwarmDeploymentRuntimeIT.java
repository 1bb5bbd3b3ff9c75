package dev.appaloft.runtime.docker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmSpec;
import com.github.dockerjava.api.model.Task;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.HealthVerdict;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.runtime.docker.ContainerSpec;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.StartedContainer;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real single-node swarm on this machine's engine (initialised for the class and left after it,
 * a swarm left over by a crashed run is left and initialised again), and the real Caddy in front:
 * a 2-replica service reached through the proxy, a rolling update under ~200 requests/s with no
 * failed request, a killed task replaced by Swarm, a failing update rolled back, and the retire.
 */
class SwarmDeploymentRuntimeIT {

    private static final String PREFIX = "appaloft-swarmit-" + Long.toHexString(System.nanoTime() & 0xffffff);
    private static final String HOST = PREFIX + ".localhost";
    private static final String SECRET = "pw-" + Long.toHexString(System.nanoTime());
    // the task's container check and the runtime's verification: every second
    private static final HealthCheck POLICY = new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 2L, 3L, 0L,
            new HealthCheck.Http(HealthCheck.Method.GET, null, null, null, "/", 200, null));

    private static DockerEngine engine;
    private static DockerClient client;
    private static CaddyEdgeProxy caddy;
    private static int proxyPort;
    private static Path caddyDir;
    private static SwarmDeploymentRuntime runtime;
    private static dev.appaloft.api.runtime.probe.ProbeCheck outsideASwarm;
    private static final List<String> logLines = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void swarmAndProxy() throws IOException {
        engine = DockerEngine.connect();
        client = engine.client();
        BaseImages.ensureBusybox(engine);
        if (client.infoCmd().exec().getSwarm().getLocalNodeState() != LocalNodeState.INACTIVE) {
            client.leaveSwarmCmd().withForceEnabled(true).exec(); // a crashed earlier run's
        }
        outsideASwarm = new SwarmDeploymentRuntime(engine).connectivityChecks().get(0);
        client.initializeSwarmCmd(new SwarmSpec()).withListenAddr("127.0.0.1").withAdvertiseAddr("127.0.0.1").exec();
        caddyDir = Files.createTempDirectory("swarm-caddy");
        proxyPort = freePort();
        caddy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), caddyDir);
        runtime = new SwarmDeploymentRuntime(engine, POLICY);
    }

    @AfterAll
    static void leaveTheEngineAsFound() {
        try {
            if (caddy != null) {
                caddy.close();
            }
            if (client != null) {
                client.listServicesCmd().exec().stream().filter(s -> s.getSpec().getName().startsWith(PREFIX))
                        .forEach(s -> client.removeServiceCmd(s.getId()).exec());
            }
        } finally {
            if (client != null) {
                client.leaveSwarmCmd().withForceEnabled(true).exec();
                try {
                    client.removeNetworkCmd("docker_gwbridge").exec(); // swarm init made it; leave does not remove it
                } catch (RuntimeException e) {
                    // still used by a container of someone else's, or already gone
                }
                engine.close();
            }
        }
    }

    private static final RuntimeLog LOG = (phase, level, message) -> logLines.add(message);

    private static CandidateRequest version(String name, String version, boolean serves) {
        String listen = serves ? "8080" : "8081"; // the failing version listens where no probe looks
        return new CandidateRequest(PREFIX + "-" + name, "local/busybox:1",
                Map.of("VERSION", version, "DB_PASSWORD", SECRET), 8080, null,
                Map.of("appaloft.resource", PREFIX, SwarmServiceSpec.LABEL_REPLICAS, "2",
                        SwarmServiceSpec.LABEL_SECRETS, "DB_PASSWORD"),
                List.of("sh", "-c", "echo \"$VERSION\" > /tmp/index.html"
                        + " && cat \"$DB_PASSWORD_FILE\" > /tmp/secret.txt && echo started \"$VERSION\""
                        + " && exec httpd -f -p " + listen + " -h /tmp"));
    }

    @Test
    void aServiceIsDeployedUpdatedWithoutAFailedRequestHealedRolledBackAndRetired() throws Exception {
        assertThat(runtime.cluster().usable()).isTrue();
        assertThat(runtime.cluster().summary()).contains("1 node(s), 1 ready and active");
        assertThat(outsideASwarm.status()).isEqualTo(dev.appaloft.api.runtime.probe.ProbeCheck.Status.FAILED);
        assertThat(outsideASwarm.message()).contains("not part of a swarm");
        assertThat(runtime.connectivityChecks()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(dev.appaloft.api.runtime.probe.ProbeCheck.Status.PASSED);
            assertThat(c.metadata()).containsEntry("manager", "true").containsEntry("nodes", "1")
                    .containsEntry("readyNodes", "1");
        });
        assertThat(runtime.capacity().orElseThrow().inspect().problems())
                .noneMatch(p -> p.message().contains("swarm"));

        // a plain `docker run -p` still works while the engine is in swarm mode
        StartedContainer plain = engine.containers().run(ContainerSpec.builder(PREFIX + "-plain", "local/busybox:1")
                .command(List.of("sh", "-c", "echo plain > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"))
                .publish(8080, 0).build());
        try {
            int plainPort = plain.hostPort().getAsInt();
            awaitTrue(Duration.ofSeconds(10), () -> body(plainPort, "x", "/").contains("plain"));
        } finally {
            engine.containers().remove(plain.id());
        }

        RuntimeInstance v1 = runtime.startCandidate(version("d1", "v1", true), LOG);
        HealthVerdict first = runtime.verify(v1, POLICY, LOG);
        assertThat(first.healthy()).as(first.reason()).isTrue();
        String serviceId = v1.id().substring(0, v1.id().indexOf('/'));
        assertThat(running(serviceId)).hasSize(2);
        caddy.route(new ProxyRoute("r-" + PREFIX, HOST, "/", "127.0.0.1", v1.hostPort()));
        assertThat(body(proxyPort, HOST, "/")).contains("v1");
        assertThat(body(proxyPort, HOST, "/secret.txt")).as("the secret reaches the task as a file").contains(SECRET);
        assertThat(client.inspectServiceCmd(serviceId).exec().toString()).doesNotContain(SECRET);
        assertThat(String.join("\n", logLines)).doesNotContain(SECRET);

        // redeploy under ~200 requests/s through the proxy: Swarm starts each new task before it stops an old one
        Load load = new Load(4, 20);
        RuntimeInstance v2;
        try {
            awaitTrue(Duration.ofSeconds(5), () -> load.ok.get() > 100);
            v2 = runtime.startCandidate(version("d2", "v2", true), LOG);
            assertThat(v2.hostPort()).as("the route's port stays").isEqualTo(v1.hostPort());
            HealthVerdict second = runtime.verify(v2, POLICY, LOG);
            assertThat(second.healthy()).as(second.reason()).isTrue();
            runtime.retire(v1, LOG); // what the engine does after promoting: Swarm already replaced those tasks
            awaitTrue(Duration.ofSeconds(5), () -> load.bodies.containsKey("v2"));
        } finally {
            load.stop();
        }
        assertThat(load.failures).as("failed requests during the rolling update").isEmpty();
        assertThat(load.ok.get()).isGreaterThan(400);
        assertThat(load.bodies).containsKeys("v1", "v2");
        assertThat(runtime.find(Map.of("appaloft.resource", PREFIX))).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo(v2.name()));

        // a killed task container: Swarm starts another, and the instance's status says so
        String victim = SwarmServices.containerId(running(serviceId).get(0));
        client.killContainerCmd(victim).exec();
        awaitTrue(Duration.ofSeconds(30), () -> runtime.inspect(v2).orElseThrow().detail()
                .startsWith("2/2 tasks running, 1 failed task(s) replaced"));
        assertThat(running(serviceId)).extracting(SwarmServices::containerId).doesNotContain(victim).hasSize(2);
        HealthVerdict healed = runtime.probe(v2, POLICY);
        assertThat(healed.healthy()).isTrue();
        assertThat(healed.reason()).contains("1 failed task(s) replaced");

        // an update whose tasks never get healthy: Swarm rolls it back, v2 serves throughout
        RuntimeInstance broken = runtime.startCandidate(version("d3", "v3", false), LOG);
        HealthVerdict third = runtime.verify(broken, POLICY, LOG);
        assertThat(third.healthy()).isFalse();
        assertThat(third.reason()).contains("rolled the update back");
        runtime.retire(broken, LOG); // the engine retires a failed candidate: nothing of v2 may go
        awaitTrue(Duration.ofSeconds(30), () -> running(serviceId).size() == 2
                && running(serviceId).stream().allMatch(t -> v2.name().equals(SwarmServices.instanceOf(t))));
        assertThat(body(proxyPort, HOST, "/")).contains("v2");
        assertThat(runtime.logs(v2, 50, null)).extracting(l -> l.text()).anyMatch(t -> t.contains("started v2"));

        // stop scales to zero, start back to the resource's replicas
        runtime.stop(v2);
        awaitTrue(Duration.ofSeconds(20), () -> running(serviceId).isEmpty());
        assertThat(runtime.inspect(v2).orElseThrow().running()).isFalse();
        RuntimeInstance restarted = runtime.start(v2);
        assertThat(runtime.verify(restarted, POLICY, LOG).healthy()).isTrue();

        // retire the serving instance: the service, its tasks and its secrets go
        runtime.retire(restarted, LOG);
        assertThat(client.listServicesCmd().exec()).noneMatch(s -> s.getId().equals(serviceId));
        assertThat(runtime.inspect(restarted)).isEmpty();
        assertThat(engine.containers().listByLabels(Map.of(SwarmServiceSpec.LABEL_SERVICE, "appaloft-" + PREFIX)))
                .isEmpty();
        assertThat(client.listSecretsCmd().exec()).noneMatch(s -> s.getSpec().getName().startsWith(PREFIX)
                || s.getSpec().getName().startsWith("appaloft-" + PREFIX));
        caddy.remove("r-" + PREFIX);
    }

    private static List<Task> running(String serviceId) {
        return client.listTasksCmd().withServiceFilter(serviceId).exec().stream().filter(SwarmServices::serving).toList();
    }

    /** {@code threads} clients, each sending a request every {@code everyMs} (4 x 20 ms: ~200/s). */
    private static final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger ok = new AtomicInteger();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> bodies = new ConcurrentHashMap<>();
        final ExecutorService pool;

        Load(int threads, long everyMs) {
            pool = Executors.newFixedThreadPool(threads);
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    while (running.get()) {
                        long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(everyMs);
                        try {
                            String response = body(proxyPort, HOST, "/");
                            if (response.startsWith("HTTP/1.1 200")) {
                                ok.incrementAndGet();
                                bodies.put(response.substring(response.lastIndexOf("\r\n\r\n") + 4).trim(), true);
                            } else {
                                failures.add(Instant.now() + " " + response.lines().findFirst().orElse(""));
                            }
                        } catch (IOException e) {
                            failures.add(Instant.now() + " " + e);
                        }
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static String body(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(Duration timeout, Check check) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(until)) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not true within " + timeout + (last == null ? "" : ": " + last));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
