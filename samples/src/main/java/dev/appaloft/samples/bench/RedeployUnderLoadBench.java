package dev.appaloft.samples.bench;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Zero downtime, measured: a loopback client sends a fixed rate of requests (default 200/s) to a
 * deployed app's stable URL through the edge proxy (Caddy) while it is redeployed three times.
 * Prints the requests sent, answered 200, and failed. Run: {@code bash bench/redeploy-under-load.sh}.
 */
public final class RedeployUnderLoadBench {

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = Files.createTempDirectory("appaloft-bench");
        Path app = work.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "v0");
        Files.writeString(app.resolve("Dockerfile"), "FROM local/busybox:1\nCOPY www /www\n"
                + "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        int proxyPort = freePort();
        try (DockerEngine docker = DockerEngine.connect();
             CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), work.resolve("caddy"));
             AppaloftEngine appaloft = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(work.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker))
                     .edgeProxy("local-shell", proxy)
                     .build()) {
            Appaloft.Session s = appaloft.system();
            String project = s.projects().create(CreateProjectInput.named("bench")).id();
            String env = s.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION, null)).id();
            String resource = s.resources().create(new CreateResourceInput(project, env, null, "load", null, null, null,
                    SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()), null, NetworkProfile.port(8080))).id();
            String server = s.servers().create(CreateServerInput.localShell("this host")).id();
            CreateDeploymentInput deploy = new CreateDeploymentInput(project, server, null, env, resource, null);
            require(s, s.deployments().create(deploy).id());
            String host = "load-prod.localhost";

            AtomicInteger sent = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
            ScheduledExecutorService client = Executors.newScheduledThreadPool(4);
            long periodMicros = 1_000_000L / rate;
            client.scheduleAtFixedRate(() -> {
                sent.incrementAndGet();
                String status = get(proxyPort, host);
                if (status.startsWith("HTTP/1.1 200")) {
                    ok.incrementAndGet();
                } else {
                    failures.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            long start = System.nanoTime();
            for (int i = 1; i <= 3; i++) {
                Files.writeString(app.resolve("www/index.html"), "v" + i);
                require(s, s.deployments().create(deploy).id());
                System.out.printf("redeploy %d done at %.1f s%n", i, (System.nanoTime() - start) / 1e9);
            }
            Thread.sleep(1000);
            client.shutdown();
            client.awaitTermination(10, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("sent %d requests in %.1f s (%.0f/s) during 3 redeploys: %d answered 200, %d failed %s%n",
                    sent.get(), seconds, sent.get() / seconds, ok.get(), failed, failures);
            docker.containers().listByLabels(Map.of("appaloft.resource", resource))
                    .forEach(c -> docker.containers().remove(c.id()));
        }
    }

    private static void require(Appaloft.Session s, String deployment) {
        DeploymentStatus status = s.deployments().show(deployment).status().current();
        if (status != DeploymentStatus.SUCCEEDED) {
            throw new IllegalStateException("deployment " + deployment + " ended " + status.wire()
                    + ": " + s.deployments().logs(deployment));
        }
    }

    // *.localhost is loopback for browsers and curl, not for the JDK resolver: send the Host header ourselves
    private static String get(int port, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.isEmpty() ? "(empty response)" : response.lines().findFirst().orElse("");
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
