package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.probe.ProbeReport;
import dev.appaloft.api.runtime.probe.ProbeTarget;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.api.runtime.remote.ServerAccess;
import dev.appaloft.api.runtime.remote.ServerEdgeProxy;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.runtime.ssh.testing.LocalCaddyImage;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's Caddy over a real sshd (this machine's caddy binary, as a server without the
 * caddy:2-alpine image runs it): started through SSH, routed through the admin API over a local
 * port forward that follows a replaced connection, checked by the probe, found down, started
 * again with its routes, and refused when another program holds its port.
 */
class SshCaddyProxyIT {

    @TempDir static Path dir;
    static SshdServer sshd;
    static TestSshKeys.Key key;
    static SshRuntimes runtimes;
    static HttpServer upstream;
    static final AtomicReference<EdgeProxySettings> settings = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        runtimes = SshRuntimes.withDefaults();
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = "from the app".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        settings.set(new EdgeProxySettings("caddy", "ready", freePort(), freePort()));
    }

    @AfterAll
    static void stop() throws Exception {
        CaddyAdmin.local(settings.get().adminPort()).stop();
        runtimes.close();
        upstream.stop(0);
        sshd.close();
    }

    static ServerAccess access() {
        return new ServerAccess("srv_proxy", sshd.host(), sshd.port(), sshd.user(), key.privateKey(), null, null,
                settings.get());
    }

    static ProbeCheck probeCheck() {
        ProbeReport report = runtimes.probe().probe(new ProbeTarget("probe", sshd.host(), sshd.port(), sshd.user(),
                key.privateKey(), null, null, settings.get()));
        return report.checks().stream().filter(c -> c.name().equals("edge-proxy")).findFirst().orElseThrow();
    }

    @Test
    void startsRoutesSurvivesAReplacedConnectionIsFoundDownAndComesBackWithItsRoutes() throws Exception {
        int port = settings.get().httpPort();
        ServerEdgeProxy proxy = runtimes.proxy("srv_proxy", SshCaddyProxyIT::access);
        assertThat(probeCheck().status()).as("nothing runs yet").isEqualTo(ProbeCheck.Status.FAILED);

        Map<String, String> facts = proxy.start();
        assertThat(facts).containsEntry("method", "binary").containsEntry("httpPort", String.valueOf(port));
        assertThat(get(port, "unknown.localhost")).contains("404").contains("resource_access_route_not_found");
        proxy.route(new ProxyRoute("resource-r1", "app.localhost", "/", "127.0.0.1", upstream.getAddress().getPort()));
        assertThat(get(port, "app.localhost")).contains("200").contains("from the app");
        assertThat(proxy.routes()).extracting(ProxyRoute::host).containsExactly("app.localhost");
        assertThat(proxy.urlFor("app.localhost", "/")).isEqualTo("http://app.localhost:" + port + "/");
        ProbeCheck up = probeCheck();
        assertThat(up.status()).as(up.message()).isEqualTo(ProbeCheck.Status.PASSED);
        assertThat(up.metadata()).containsEntry("routes", "1");

        runtimes.forget("srv_proxy"); // the pooled connection (and its tunnel) goes; the next change opens both again
        proxy.route(new ProxyRoute("resource-r2", "other.localhost", "/api", "127.0.0.1", upstream.getAddress().getPort()));
        assertThat(get(port, "other.localhost", "/api/x")).contains("from the app");
        assertThat(get(port, "other.localhost", "/")).contains("404");

        CaddyAdmin.local(settings.get().adminPort()).stop(); // the proxy dies on the server
        CaddyAdmin.local(settings.get().adminPort()).awaitGone(java.time.Duration.ofSeconds(5));
        ProbeCheck down = probeCheck();
        assertThat(down.status()).isEqualTo(ProbeCheck.Status.FAILED);
        assertThat(down.message()).contains("does not answer").contains("servers.bootstrapProxy");
        assertThat(proxy.routes()).isEmpty();
        assertThatThrownBy(() -> proxy.remove("resource-r1")).isInstanceOf(AppaloftException.class)
                .hasMessageContaining("did not answer");

        proxy.start(); // a repair: the routes it had come back
        assertThat(get(port, "app.localhost")).contains("from the app");
        assertThat(get(port, "other.localhost", "/api/x")).contains("from the app");

        // a new proxy object (a control plane that restarted) adopts the routes Caddy runs
        SshRuntimes restarted = SshRuntimes.withDefaults();
        try {
            ServerEdgeProxy again = restarted.proxy("srv_proxy", SshCaddyProxyIT::access);
            again.remove("resource-r2");
            assertThat(get(port, "app.localhost")).as("kept").contains("from the app");
            assertThat(get(port, "other.localhost", "/api/x")).as("removed").contains("404");
        } finally {
            restarted.close();
        }
    }

    @Test
    void aServerWhoseEngineHasTheCaddyImageRunsItAsAContainerThatSurvivesAStopOfItsProcess() throws Exception {
        String image = "local/appaloft-caddy-test:" + Long.toHexString(System.nanoTime());
        LocalCaddyImage.build(image, java.nio.file.Files.createDirectories(dir.resolve("caddy-image")));
        EdgeProxySettings own = new EdgeProxySettings("caddy", "starting", freePort(), freePort());
        SshRuntimes withImage = new SshRuntimes(SshConnections.Settings.defaults(),
                new EdgeProxyOptions(image, "no-caddy-binary-here", java.time.Duration.ofSeconds(20)));
        String container = "appaloft-caddy-" + own.adminPort();
        try {
            ServerEdgeProxy proxy = withImage.proxy("srv_image", () -> new ServerAccess("srv_image", sshd.host(),
                    sshd.port(), sshd.user(), key.privateKey(), null, null, own));
            assertThat(proxy.start()).containsEntry("method", "container");
            assertThat(docker("inspect", "--format", "{{.HostConfig.NetworkMode}} {{.HostConfig.RestartPolicy.Name}}",
                    container)).isEqualTo("host unless-stopped");
            proxy.route(new ProxyRoute("resource-c1", "boxed.localhost", "/", "127.0.0.1",
                    upstream.getAddress().getPort()));
            assertThat(get(own.httpPort(), "boxed.localhost")).contains("200").contains("from the app");

            docker("restart", container); // the engine restarts it (as after a reboot): it resumes its routes
            assertThat(CaddyAdmin.local(own.adminPort()).awaitAnswer(java.time.Duration.ofSeconds(20), () -> true)).isTrue();
            assertThat(get(own.httpPort(), "boxed.localhost")).as("resumed").contains("from the app");
        } finally {
            docker("rm", "-f", container);
            docker("volume", "rm", "-f", container + "-data", container + "-config");
            withImage.close();
            LocalCaddyImage.remove(image);
        }
    }

    static String docker(String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("docker"));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        return out;
    }

    @Test
    void aPortHeldByAnotherProgramIsAConflictThatSaysSo() throws Exception {
        try (ServerSocket held = new ServerSocket(0, 1, java.net.InetAddress.getByName("0.0.0.0"))) {
            EdgeProxySettings busy = new EdgeProxySettings("caddy", "starting", held.getLocalPort(), freePort());
            ServerEdgeProxy proxy = runtimes.proxy("srv_busy", () -> new ServerAccess("srv_busy", sshd.host(),
                    sshd.port(), sshd.user(), key.privateKey(), null, null, busy));
            try {
                long started = System.nanoTime();
                assertThatThrownBy(proxy::start).isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("edge_proxy_host_port_conflict");
                    assertThat(e.getMessage()).contains(String.valueOf(held.getLocalPort()));
                });
                assertThat(System.nanoTime() - started).as("a Caddy that exited is not waited for")
                        .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(15));
            } finally {
                CaddyAdmin.local(busy.adminPort()).stop();
            }
        }
    }

    static String get(int port, String host) throws IOException {
        return get(port, host, "/");
    }

    static String get(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
