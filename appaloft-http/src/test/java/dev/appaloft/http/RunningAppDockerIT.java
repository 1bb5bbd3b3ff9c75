package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busybox web app built from a folder, deployed to the real Docker engine behind Caddy, then
 * observed and controlled through the HTTP API: its output (masked) read and followed as SSE,
 * stop (the stream ends, health says stopped), start (it answers at the same URL though Docker
 * gave it a new port), restart, and a health history that grows.
 */
class RunningAppDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String TOKEN = "a".repeat(64);
    static final String SECRET = "tok-never-shown-42";

    @TempDir Path dir;

    @Test
    void aDeployedAppIsObservedAndControlledThroughTheHttpApi() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "version one");
        // a shell in front of httpd, so SIGTERM stops it at once (PID 1 ignores it otherwise)
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n"
                + "CMD [\"sh\", \"-c\", \"echo starting with $API_TOKEN; trap 'kill $!; exit 0' TERM; "
                + "httpd -f -v -p 8080 -h /www & wait\"]\n");
        int proxyPort = freePort();
        String resource = null;
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN))
                     .start("127.0.0.1", 0)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
            String project = id(api.post("/api/projects", "{\"name\":\"it-" + docker.runId() + "\"}"));
            String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                    + "\",\"name\":\"prod\",\"kind\":\"production\"}"));
            resource = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"site-%s",
                     "source":{"kind":"local-folder","locator":"%s"},"networkProfile":{"internalPort":8080}}"""
                    .formatted(project, env, docker.runId(), app)));
            api.post("/api/resources/" + resource + "/secrets", "{\"key\":\"API_TOKEN\",\"value\":\"" + SECRET + "\"}");
            String serverId = id(api.post("/api/servers",
                    "{\"name\":\"this host\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
            String deployment = id(api.post("/api/deployments", """
                    {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                    .formatted(project, env, resource, serverId)));
            assertThat(api.get("/api/deployments/" + deployment).body().at("/status/current").asText()).isEqualTo("succeeded");
            String url = api.get("/api/resources/" + resource).body()
                    .at("/accessSummary/latestGeneratedAccessRoute/url").asText();
            assertThat(url).isEqualTo("http://site-" + docker.runId() + "-prod.localhost:" + proxyPort + "/");
            assertThat(body(fetch(url))).isEqualTo("version one");

            JsonNode logs = api.get("/api/resources/" + resource + "/runtime-logs?tailLines=50").body();
            assertThat(logs.toString()).contains("starting with ********").doesNotContain(SECRET);

            String stream = "http://127.0.0.1:" + server.port() + "/api/resources/" + resource + "/runtime-logs/stream";
            try (SseClient sse = new SseClient(stream + "?tailLines=0", TOKEN)) {
                // the follow attaches asynchronously and tailLines=0 shows only lines after it: request
                // until a line arrives, instead of betting that the first request comes after the attach
                SseClient.Event request = null;
                for (int attempt = 0; attempt < 10 && request == null; attempt++) {
                    fetch(url);
                    request = sse.next(Duration.ofSeconds(2));
                }
                assertThat(request).as("the request the app just served is followed").isNotNull();
                assertThat(request.data().at("/line/message").asText()).contains("response:200");
                assertThat(request.data().at("/line/stream").asText()).isEqualTo("stderr");

                ApiClient.Response stopped = api.post("/api/resources/" + resource + "/runtime/stop", "{}");
                assertThat(stopped.status()).as(stopped.raw()).isEqualTo(202);
                SseClient.Event last = sse.next(Duration.ofSeconds(10));
                while (last != null && !"closed".equals(last.data().get("kind").asText())) {
                    last = sse.next(Duration.ofSeconds(10));
                }
                assertThat(last).as("the stream ends when the app stops").isNotNull();
                assertThat(sse.awaitEnd(Duration.ofSeconds(10))).isTrue();
            }
            JsonNode stoppedHealth = health(api, resource);
            assertThat(stoppedHealth.get("overall").asText()).isEqualTo("stopped");
            assertThat(stoppedHealth.at("/runtime/lifecycle").asText()).isEqualTo("stopped");
            assertThat(fetch(url)).as("the route stays while the app is stopped").startsWith("HTTP/1.1 502");

            assertThat(api.post("/api/resources/" + resource + "/runtime/start", "{}").status()).isEqualTo(202);
            assertThat(awaitHealthy(api, resource)).isTrue();
            assertThat(body(fetch(url))).as("the same URL reaches the app on its new port").isEqualTo("version one");

            assertThat(api.post("/api/resources/" + resource + "/runtime/restart", "{}").status()).isEqualTo(202);
            assertThat(awaitHealthy(api, resource)).isTrue();
            assertThat(body(fetch(url))).isEqualTo("version one");

            JsonNode history = api.get("/api/resources/" + resource + "/health-history").body();
            assertThat(history.get("observations").size()).isGreaterThanOrEqualTo(3);
            assertThat(api.get("/api/resources/" + resource + "/diagnostic-summary").raw()).doesNotContain(SECRET);
            assertThat(api.get("/api/deployments/count").body().get("count").asInt()).isEqualTo(1);
            assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))).hasSize(1);
        } finally {
            if (resource != null) {
                String r = resource;
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", r))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", r))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        }
    }

    static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    static JsonNode health(ApiClient api, String resource) {
        return api.get("/api/resources/" + resource + "/health?mode=live").body();
    }

    /** A started app needs a moment before it answers; health says starting/unhealthy until then. */
    static boolean awaitHealthy(ApiClient api, String resource) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if ("healthy".equals(health(api, resource).get("overall").asText())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4).strip();
    }

    /** GET to 127.0.0.1 with the URL's host in the Host header (the JDK does not resolve *.localhost). */
    static String fetch(String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
