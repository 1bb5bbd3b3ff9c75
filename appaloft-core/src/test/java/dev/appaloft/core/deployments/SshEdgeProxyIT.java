package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.deployments.RedeployInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.ConfigureServerEdgeProxyInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.ProxyKind;
import dev.appaloft.api.servers.ServerConnectivity;
import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server reached over SSH gets its own edge proxy, through the engine: a real sshd "server"
 * and this machine's caddy binary (no caddy:2-alpine image here). The proxy is configured on
 * ports of its own and bootstrapped; an app deployed there answers on the server's proxy port
 * at its generated host; a redeploy moves the route to the new instance; a proxy that dies is
 * reported by the connectivity test and comes back with its routes on a bootstrap, even by a
 * control plane that restarted meanwhile; a port another program holds fails the bootstrap
 * visibly on the server's edge proxy status.
 */
class SshEdgeProxyIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    // each container answers with its own hostname: a different answer is a different instance
    static final String DOCKERFILE = "FROM local/busybox:1\nRUN mkdir -p /www\n"
            + "CMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; hostname > /www/index.html; httpd -f -p 8080 -h /www & wait\"]\n";

    @TempDir static Path dir;
    static SshdServer sshd;
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static String server;
    static String project;
    static String env;
    static String resource;
    static int httpPort;
    static int adminPort;

    @BeforeAll
    static void start() throws Exception {
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd = SshdServer.start(dir.resolve("sshd"));
        sshd.authorize(key.publicKey());
        engine = engine();
        appaloft = engine.system();
        project = appaloft.projects().create(CreateProjectInput.named("edge-" + RUN)).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        server = appaloft.servers().create(new CreateServerInput("edge-box", sshd.host(), "generic-ssh", null,
                (long) sshd.port(), null)).id();
        appaloft.servers().configureCredential(server, ConfigureServerCredentialInput.Credential.privateKey(
                sshd.user(), key.privateKey(), null));
        SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null,
                null, null, null, null, null, null, null, null, null, Map.of("content", DOCKERFILE));
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web-" + RUN, null, null,
                null, inline, null, NetworkProfile.port(8080))).id();
        httpPort = freePort();
        adminPort = freePort();
    }

    static AppaloftEngine engine() {
        return AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults())
                .workDirectory(dir.resolve("work"))
                .dailyHousekeeping(false)
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            CaddyAdmin.local(adminPort).stop();
            new ProcessBuilder("sh", "-c", "docker ps -aq --filter label=" + DeploymentExecutor.LABEL_RESOURCE + "="
                    + resource + " | xargs -r docker rm -f").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } finally {
            if (engine != null) {
                engine.close();
            }
            sshd.close();
        }
    }

    @Test
    void theServersProxyRoutesItsAppsAndIsRepairedWithThem() throws Exception {
        ServerView.EdgeProxy fresh = proxyOf(server);
        assertThat(fresh.kind()).isEqualTo(ProxyKind.TRAEFIK);
        assertThat(fresh.status()).isEqualTo(ServerView.EdgeProxy.Status.PENDING);
        assertThat(check(appaloft.servers().testConnectivity(server)).status()).as("not bootstrapped yet: skipped")
                .isEqualTo("skipped");

        var configured = appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                .withPorts(httpPort, adminPort));
        assertThat(configured.edgeProxy().status()).isEqualTo(ServerView.EdgeProxy.Status.PENDING);
        String attempt = appaloft.servers().bootstrapProxy(server).attemptId();
        assertThat(attempt).startsWith("pxy_");
        ServerView.EdgeProxy ready = proxyOf(server);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(ServerView.EdgeProxy.Status.READY);
        assertThat(ready.lastAttemptAt()).isNotNull();
        assertThat(ready.lastSucceededAt()).isNotNull();
        assertThat(ready.lastErrorCode()).isNull();
        ServerConnectivity healthy = appaloft.servers().testConnectivity(server);
        assertThat(healthy.status()).as(healthy.toString()).isEqualTo("healthy");
        assertThat(check(healthy).status()).isEqualTo("passed");

        String first = deploy();
        URI url = urlOf(first);
        assertThat(url.getPort()).as("the app answers on the server's proxy port").isEqualTo(httpPort);
        String firstAnswer = get(url);
        assertThat(firstAnswer).startsWith("200 ");

        String second = appaloft.deployments().redeploy(new RedeployInput(resource, null, null, server, null, null,
                null)).id();
        assertThat(appaloft.deployments().show(second).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        String secondAnswer = get(url);
        assertThat(secondAnswer).startsWith("200 ").as("the route moved to the new instance").isNotEqualTo(firstAnswer);

        CaddyAdmin.local(adminPort).stop(); // the proxy dies on the server
        CaddyAdmin.local(adminPort).awaitGone(Duration.ofSeconds(5));
        ServerConnectivity degraded = appaloft.servers().testConnectivity(server);
        assertThat(degraded.status()).isEqualTo("degraded");
        assertThat(check(degraded).status()).isEqualTo("failed");
        assertThat(check(degraded).message()).contains("does not answer").contains("servers.bootstrapProxy");
        assertThat(proxyOf(server).status()).as("a test only looks").isEqualTo(ServerView.EdgeProxy.Status.READY);

        appaloft.servers().bootstrapProxy(server);
        assertThat(get(url)).as("repaired with its routes").isEqualTo(secondAnswer);

        // the control plane restarts while the proxy is down: a bootstrap routes the app there again
        engine.close();
        CaddyAdmin.local(adminPort).stop();
        CaddyAdmin.local(adminPort).awaitGone(Duration.ofSeconds(5));
        engine = engine();
        appaloft = engine.system();
        appaloft.servers().bootstrapProxy(server);
        assertThat(get(url)).as("routed again from the deployments").isEqualTo(secondAnswer);

        String lastSuccess = proxyOf(server).lastSucceededAt();
        try (ServerSocket held = new ServerSocket(0, 1, java.net.InetAddress.getByName("0.0.0.0"))) {
            appaloft.servers().configureEdgeProxy(ConfigureServerEdgeProxyInput.of(server, ProxyKind.CADDY)
                    .withPorts(held.getLocalPort(), adminPort));
            assertThat(proxyOf(server).status()).isEqualTo(ServerView.EdgeProxy.Status.PENDING);
            String failing = appaloft.servers().bootstrapProxy(server).attemptId();
            assertThat(failing).isNotEqualTo(attempt);
            ServerView.EdgeProxy failed = proxyOf(server);
            assertThat(failed.status()).isEqualTo(ServerView.EdgeProxy.Status.FAILED);
            assertThat(failed.lastErrorCode()).isEqualTo("edge_proxy_host_port_conflict");
            assertThat(failed.lastErrorMessage()).contains(String.valueOf(held.getLocalPort()));
            assertThat(failed.lastSucceededAt()).as("the last success is kept").isEqualTo(lastSuccess);
        }
    }

    private static String deploy() {
        String id = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                ExecutionMode.SYNCHRONOUS)).id();
        assertThat(appaloft.deployments().show(id).status().current()).as(appaloft.deployments().logs(id).toString())
                .isEqualTo(DeploymentStatus.SUCCEEDED);
        return id;
    }

    private static URI urlOf(String deployment) {
        String line = appaloft.deployments().logs(deployment).logs().stream().map(l -> l.message())
                .filter(m -> m.contains("the app answers at ")).findFirst().orElseThrow();
        return URI.create(line.substring(line.indexOf("http://")).trim());
    }

    private static ServerView.EdgeProxy proxyOf(String id) {
        return appaloft.servers().show(id).server().edgeProxy();
    }

    private static ServerConnectivity.Check check(ServerConnectivity result) {
        return result.checks().stream().filter(c -> c.name().equals("edge-proxy")).findFirst().orElseThrow();
    }

    /** The status and body of {@code url}, sent to the server's loopback with the route's Host header. */
    private static String get(URI url) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return raw.substring(9, 13) + raw.substring(raw.indexOf("\r\n\r\n") + 4).trim();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
