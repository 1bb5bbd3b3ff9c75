package dev.appaloft.http;

import static dev.appaloft.http.RunningAppDockerIT.body;
import static dev.appaloft.http.RunningAppDockerIT.fetch;
import static dev.appaloft.http.RunningAppDockerIT.freePort;
import static dev.appaloft.http.RunningAppDockerIT.id;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real machine, through the HTTP API: the output of a busybox app running in Docker is
 * archived (masked), listed, shown after the container was replaced, and pruned; then a static
 * payload is published for a resource and served by a real Caddy at the URL the response names,
 * and a second publication replaces it while a client keeps requesting, with no failed request.
 */
class ArtifactsDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String TOKEN = "b".repeat(64);
    static final String SECRET = "tok-archived-never-shown";

    @TempDir Path dir;

    @Test
    void logsOfARealContainerAreArchivedAndAStaticSiteIsServedByCaddy() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "app");
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n"
                + "CMD [\"sh\", \"-c\", \"echo booting with $API_TOKEN; echo line-two; trap 'kill $!; exit 0' TERM; "
                + "httpd -f -p 8080 -h /www & wait\"]\n");
        int proxyPort = freePort();
        String resource = null;
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .stateDirectory(dir.resolve("state"))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN))
                     .start("127.0.0.1", 0)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
            String project = id(api.post("/api/projects", "{\"name\":\"arch-" + docker.runId() + "\"}"));
            String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                    + "\",\"name\":\"prod\",\"kind\":\"production\"}"));
            resource = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"logs-%s",
                     "source":{"kind":"local-folder","locator":"%s"},"networkProfile":{"internalPort":8080}}"""
                    .formatted(project, env, docker.runId(), app)));
            api.post("/api/resources/" + resource + "/secrets", "{\"key\":\"API_TOKEN\",\"value\":\"" + SECRET + "\"}");
            String serverId = id(api.post("/api/servers",
                    "{\"name\":\"this host\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
            String deploy = """
                    {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                    .formatted(project, env, resource, serverId);
            String deployment = id(api.post("/api/deployments", deploy));

            ApiClient.Response archived = api.post("/api/resources/" + resource + "/runtime-log-archives",
                    "{\"reason\":\"before the redeploy\"}");
            assertThat(archived.status()).as(archived.raw()).isEqualTo(201);
            JsonNode archive = archived.body().get("archive");
            assertThat(archive.get("deploymentId").asText()).isEqualTo(deployment);
            assertThat(archive.get("lines").toString()).contains("booting with ********", "line-two")
                    .doesNotContain(SECRET);
            String archiveId = archive.get("archiveId").asText();
            try (var walk = Files.walk(dir.resolve("state/artifacts/runtime-log-archives"))) {
                Path blob = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
                assertThat(new String(Files.readAllBytes(blob), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
            }

            // the container is replaced: its output is only in the archive now
            id(api.post("/api/deployments", deploy));
            ApiClient.Response shown = api.get("/api/resources/runtime-log-archives/" + archiveId);
            assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
            assertThat(shown.body().at("/archive/lines").toString()).contains("booting with ********");
            assertThat(api.get("/api/resources/runtime-log-archives?resourceId=" + resource).body().get("items").size())
                    .isEqualTo(1);
            ApiClient.Response pruned = api.post("/api/resources/runtime-log-archives/prune",
                    "{\"before\":\"2999-01-01T00:00:00Z\",\"dryRun\":false}");
            assertThat(pruned.body().get("prunedCount").asInt()).as(pruned.raw()).isEqualTo(1);

            // a static site for another resource of the project, served by Caddy itself
            String site = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"docs-%s",
                     "source":{"kind":"local-folder","locator":"%s"}}""".formatted(project, env, docker.runId(), app)));
            JsonNode first = publish(api, project, site, "<h1>first</h1>");
            String url = first.get("routeUrl").asText();
            assertThat(url).isEqualTo("http://docs-" + docker.runId() + "-prod.localhost:" + proxyPort + "/");
            assertThat(first.get("routeProviderKey").asText()).isEqualTo("caddy");
            assertThat(body(fetch(url))).isEqualTo("<h1>first</h1>");
            assertThat(body(fetch(url + "index.html"))).isEqualTo("<h1>first</h1>");
            assertThat(fetch(url + "missing.html")).startsWith("HTTP/1.1 404");

            AtomicInteger failures = new AtomicInteger();
            AtomicInteger dropped = new AtomicInteger();
            AtomicInteger served = new AtomicInteger();
            AtomicReference<Boolean> running = new AtomicReference<>(true);
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        String answer = fetch(url);
                        if (answer.startsWith("HTTP/1.1 200")) {
                            served.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        dropped.incrementAndGet();
                    }
                }
            });
            client.start();
            JsonNode second = publish(api, project, site, "<h1>second</h1>");
            Thread.sleep(300);
            running.set(false);
            client.join();
            assertThat(second.get("routeUrl").asText()).isEqualTo(url);
            assertThat(body(fetch(url))).isEqualTo("<h1>second</h1>");
            assertThat(failures.get()).as("answers other than 200 during the switch").isZero();
            // Caddy hands its listener to the new configuration gracefully, but a connection accepted by the
            // old server as it closes can be dropped (seen once in a full run, with the TLS server configured)
            assertThat(dropped.get()).as("connections dropped during the switch").isLessThanOrEqualTo(1);
            assertThat(served.get()).isPositive();
            JsonNode list = api.get("/api/static-artifacts/publications?resourceId=" + site).body();
            assertThat(list.get("items").size()).isEqualTo(2);
            assertThat(list.at("/items/0/routeUrl").asText()).isEqualTo(url);
            assertThat(list.at("/items/1/routeUrl").isMissingNode()).isTrue();
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

    private static JsonNode publish(ApiClient api, String project, String resource, String html) {
        String content = Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        ApiClient.Response published = api.post("/api/static-artifacts/publish-payload", """
                {"projectId":"%s","resourceId":"%s",
                 "files":[{"path":"index.html","mimeType":"text/html","contentBase64":"%s"}]}"""
                .formatted(project, resource, content));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return published.body();
    }
}
