package dev.appaloft.samples.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmSpec;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.swarm.SwarmDeploymentRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Swarm rolling update of 2 replicas under a fixed request rate (default 200/s) through the edge
 * proxy (Caddy): prints the requests sent, answered 200 and failed, and the update time (from the
 * service update to the runtime's verification of every new task). Initialises a single-node swarm
 * on this host's engine and leaves it afterwards. Run: {@code bash bench/swarm-bench.sh}.
 */
public final class SwarmRollingUpdateBench {

    private static final HealthCheck POLICY = new HealthCheck(true, HealthCheck.Type.HTTP, 1L, 2L, 3L, 0L,
            new HealthCheck.Http(HealthCheck.Method.GET, null, null, null, "/", 200, null));
    private static final RuntimeLog QUIET = (phase, level, message) -> { };

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String prefix = "appaloft-swarmbench-" + Long.toHexString(System.nanoTime() & 0xffffff);
        String host = prefix + ".localhost";
        DockerEngine engine = DockerEngine.connect();
        DockerClient client = engine.client();
        if (client.infoCmd().exec().getSwarm().getLocalNodeState() != LocalNodeState.INACTIVE) {
            System.out.println("the engine is already in a swarm; not touching it");
            return;
        }
        client.initializeSwarmCmd(new SwarmSpec()).withListenAddr("127.0.0.1").withAdvertiseAddr("127.0.0.1").exec();
        int port = freePort();
        CaddyEdgeProxy caddy = CaddyEdgeProxy.start("caddy", "127.0.0.1", port, freePort(),
                Files.createTempDirectory("swarm-bench-caddy"));
        SwarmDeploymentRuntime runtime = new SwarmDeploymentRuntime(engine, POLICY);
        ScheduledExecutorService load = Executors.newScheduledThreadPool(8);
        try {
            RuntimeInstance v1 = runtime.startCandidate(version(prefix, "v1"), QUIET);
            if (!runtime.verify(v1, POLICY, QUIET).healthy()) {
                throw new IllegalStateException("the first version did not become healthy");
            }
            caddy.route(new ProxyRoute("bench", host, "/", "127.0.0.1", v1.hostPort()));
            AtomicInteger sent = new AtomicInteger(), ok = new AtomicInteger(), failed = new AtomicInteger();
            load.scheduleAtFixedRate(() -> load.execute(() -> {
                sent.incrementAndGet();
                try {
                    if (get(port, host).startsWith("HTTP/1.1 200")) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                }
            }), 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            Thread.sleep(2000);
            long started = System.nanoTime();
            RuntimeInstance v2 = runtime.startCandidate(version(prefix, "v2"), QUIET);
            boolean healthy = runtime.verify(v2, POLICY, QUIET).healthy();
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(2000);
            load.shutdown();
            load.awaitTermination(10, TimeUnit.SECONDS);
            System.out.printf("swarm rolling update of 2 replicas at %d requests/s through Caddy:%n", rate);
            System.out.printf("  update %s in %.1f s (start-first, one task at a time, Swarm's 5 s monitor included)%n",
                    healthy ? "verified" : "NOT healthy", seconds);
            System.out.printf("  requests sent %d, answered 200 %d, failed %d%n", sent.get(), ok.get(), failed.get());
            runtime.retire(v2, QUIET);
        } finally {
            load.shutdownNow();
            caddy.close();
            client.leaveSwarmCmd().withForceEnabled(true).exec();
            try {
                client.removeNetworkCmd("docker_gwbridge").exec();
            } catch (RuntimeException ignored) {
                // in use or gone
            }
            engine.close();
        }
    }

    private static CandidateRequest version(String prefix, String version) {
        return new CandidateRequest(prefix + "-" + version, "local/busybox:1", Map.of("VERSION", version), 8080, null,
                Map.of("appaloft.resource", prefix, "appaloft.swarm.replicas", "2"),
                List.of("sh", "-c", "echo \"$VERSION\" > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"));
    }

    private static String get(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
