package dev.appaloft.http.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/servers/{id}/edge-proxy/configuration} and {@code .../edge-proxy/bootstrap}
 * against a real sshd and this machine's Caddy, on one store; {@link ApiClient} checks every
 * answer (the server's edgeProxy in {@code GET /api/servers/{id}} too) against the spec.
 */
public abstract class ServerEdgeProxyHttpScenarios {

    static final String TOKEN = "p".repeat(64);
    static SshdServer sshd;
    static TestSshKeys.Key key;

    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;
    int httpPort;
    int adminPort;

    protected abstract Store openStore();

    @BeforeAll
    static void startSshd() throws Exception {
        Path dir = Files.createTempDirectory("appaloft-edge-proxy");
        sshd = SshdServer.start(dir.resolve("sshd"));
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
    }

    @AfterAll
    static void stopSshd() throws Exception {
        sshd.close();
    }

    @BeforeEach
    void start() throws IOException {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults()).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        httpPort = freePort();
        adminPort = freePort();
    }

    @AfterEach
    void stop() {
        CaddyAdmin.local(adminPort).stop();
        server.close();
    }

    private String sshServer() {
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("name", "edge").put("host", sshd.host())
                .put("port", sshd.port()).put("providerKey", "generic-ssh");
        String id = api.post("/api/servers", create.toString()).body().get("id").asText();
        ObjectNode configure = JsonNodeFactory.instance.objectNode();
        configure.putObject("credential").put("kind", "ssh-private-key").put("username", sshd.user())
                .put("privateKey", key.privateKey());
        assertThat(api.post("/api/servers/" + id + "/credentials", configure.toString()).status()).isEqualTo(200);
        return id;
    }

    private JsonNode edgeProxy(String id) {
        return api.get("/api/servers/" + id).body().path("server").path("edgeProxy");
    }

    private JsonNode check(String id) {
        JsonNode tested = api.post("/api/servers/" + id + "/connectivity-tests", "{}").body();
        for (JsonNode c : tested.get("checks")) {
            if (c.get("name").asText().equals("edge-proxy")) {
                return c;
            }
        }
        throw new AssertionError("no edge-proxy check in " + tested);
    }

    @Test
    void theProxyIsConfiguredBootstrappedAndReportedAsTheSpecSays() {
        String id = sshServer();
        String path = "/api/servers/" + id + "/edge-proxy";
        ApiClient.Response configured = api.post(path + "/configuration",
                "{\"proxyKind\":\"caddy\",\"httpPort\":" + httpPort + ",\"adminPort\":" + adminPort + "}");
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.body().toString()).isEqualTo("{\"id\":\"" + id
                + "\",\"edgeProxy\":{\"kind\":\"caddy\",\"status\":\"pending\"}}");
        assertThat(check(id).get("status").asText()).as("never bootstrapped").isEqualTo("skipped");

        ApiClient.Response bootstrapped = api.post(path + "/bootstrap", null);
        assertThat(bootstrapped.status()).as(bootstrapped.raw()).isEqualTo(200);
        assertThat(bootstrapped.body().get("serverId").asText()).isEqualTo(id);
        assertThat(bootstrapped.body().get("attemptId").asText()).startsWith("pxy_");
        JsonNode ready = edgeProxy(id);
        assertThat(ready.get("status").asText()).as(ready.toString()).isEqualTo("ready");
        assertThat(ready.has("lastAttemptAt")).isTrue();
        assertThat(ready.has("lastSucceededAt")).isTrue();
        assertThat(ready.has("lastErrorCode")).isFalse();
        JsonNode up = check(id);
        assertThat(up.get("status").asText()).as(up.toString()).isEqualTo("passed");
        assertThat(up.path("metadata").path("httpPort").asText()).isEqualTo(String.valueOf(httpPort));

        CaddyAdmin.local(adminPort).stop();
        CaddyAdmin.local(adminPort).awaitGone(Duration.ofSeconds(5));
        JsonNode down = check(id);
        assertThat(down.get("status").asText()).isEqualTo("failed");
        assertThat(down.get("message").asText()).contains("servers.bootstrapProxy");
        ApiClient.Response repaired = api.post(path + "/bootstrap", "{\"reason\":\"doctor-follow-up\",\"edgeProxyProviderKey\":\"caddy\"}");
        assertThat(repaired.status()).as(repaired.raw()).isEqualTo(200);
        assertThat(repaired.body().get("attemptId").asText()).isNotEqualTo(bootstrapped.body().get("attemptId").asText());
        assertThat(check(id).get("status").asText()).isEqualTo("passed");

        ApiClient.Response none = api.post(path + "/configuration", "{\"proxyKind\":\"none\"}");
        assertThat(none.body().path("edgeProxy").path("status").asText()).isEqualTo("disabled");
        ApiClient.Response disabled = api.post(path + "/bootstrap", "{}");
        assertThat(disabled.status()).isEqualTo(409);
        assertThat(disabled.raw()).contains("edge_proxy_disabled");
        assertThat(check(id).get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void aFailedBootstrapShowsOnTheServerAndBadRequestsNameTheirField() throws IOException {
        String id = sshServer();
        String path = "/api/servers/" + id + "/edge-proxy";
        try (ServerSocket held = new ServerSocket(0, 1, java.net.InetAddress.getByName("0.0.0.0"))) {
            api.post(path + "/configuration", "{\"proxyKind\":\"traefik\"}");
            ApiClient.Response traefik = api.post(path + "/bootstrap", "{}");
            assertThat(traefik.status()).as(traefik.raw()).isEqualTo(409);
            assertThat(traefik.raw()).contains("edge_proxy_kind_unsupported").contains("caddy");
            api.post(path + "/configuration", "{\"proxyKind\":\"caddy\",\"httpPort\":" + held.getLocalPort()
                    + ",\"adminPort\":" + adminPort + ",\"idempotencyKey\":\"k1\"}");
            ApiClient.Response attempt = api.post(path + "/bootstrap", "{\"reason\":\"retry\"}");
            assertThat(attempt.status()).as("the attempt ran: its outcome is on the server").isEqualTo(200);
            JsonNode failed = edgeProxy(id);
            assertThat(failed.get("kind").asText()).isEqualTo("caddy");
            assertThat(failed.get("status").asText()).isEqualTo("failed");
            assertThat(failed.get("lastErrorCode").asText()).isEqualTo("edge_proxy_host_port_conflict");
            assertThat(failed.get("lastErrorMessage").asText()).contains(String.valueOf(held.getLocalPort()));
            assertThat(failed.has("lastSucceededAt")).isFalse();
        }

        assertField(api.post(path + "/configuration", "{}"), "proxyKind");
        assertField(api.post(path + "/configuration", "{\"proxyKind\":\"nginx\"}"), "proxyKind");
        assertField(api.post(path + "/configuration", "{\"proxyKind\":\"caddy\",\"httpPort\":0}"), "httpPort");
        assertField(api.post(path + "/configuration", "{\"proxyKind\":\"caddy\",\"httpPort\":9000,\"adminPort\":9000}"),
                "adminPort");
        assertField(api.post(path + "/bootstrap", "{\"reason\":\"because\"}"), "reason");
        assertField(api.post(path + "/bootstrap", "{\"attemptId\":\"pxy_mine\"}"), "attemptId");
        assertField(api.post(path + "/bootstrap", "{\"edgeProxyProviderKey\":\"traefik\"}"), "edgeProxyProviderKey");
        assertThat(api.post("/api/servers/srv_unknown/edge-proxy/configuration", "{\"proxyKind\":\"caddy\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/servers/srv_unknown/edge-proxy/bootstrap", "{}").status()).isEqualTo(404);
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.raw()).contains(field);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
