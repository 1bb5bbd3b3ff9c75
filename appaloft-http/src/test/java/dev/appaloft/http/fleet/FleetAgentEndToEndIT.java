package dev.appaloft.http.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.docker.agent.AgentMain;
import dev.appaloft.runtime.docker.agent.LocalDockerProvider;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet end to end on this machine's Docker engine: a server, a group and its token, and two
 * agents in their own processes (two "environments"). A release whose stack names a tiny
 * container reaches running on both, with the container answering; a second release updates both;
 * an agent killed in the middle of a third update and started again converges; a deleted
 * deployment's container is removed.
 */
class FleetAgentEndToEndIT {

    @RegisterExtension
    static final LocalDockerEngine docker = new LocalDockerEngine();

    static final String TOKEN = "o".repeat(64);

    @TempDir
    Path dir;

    AppaloftEngine engine;
    AppaloftHttpServer server;
    ApiClient admin;
    final Map<String, Process> agents = new HashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() {
        BaseImages.ensureBusybox(docker.engine());
        engine = AppaloftEngine.builder().store(JdbcStore.sqlite(dir.resolve("fleet.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .fleet(FleetOptions.defaults().withLeaseTtl(Duration.ofSeconds(20))).build();
        server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN)).start("127.0.0.1", 0);
        admin = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
    }

    @AfterEach
    void stop() {
        agents.values().forEach(p -> p.destroyForcibly());
        server.close();
        engine.close();
    }

    @Test
    void twoAgentsRunEachReleaseAndAKilledAgentConvergesAfterARestart() throws Exception {
        String group = admin.post("/v1/deployment-groups", "{\"name\":\"edge\",\"maxDeployments\":5}").body().get("id").asText();
        String dgToken = admin.post("/v1/deployment-groups/" + group + "/tokens", null).body().get("token").asText();
        startAgent("env-a", dgToken);
        startAgent("env-b", dgToken);
        await("both agents enrolled", () -> admin.get("/v1/deployments").body().get("items").size() == 2);
        Map<String, String> ids = new HashMap<>();
        for (JsonNode d : admin.get("/v1/deployments").body().get("items")) {
            ids.put(d.get("name").asText(), d.get("id").asText());
            assertThat(d.get("platform").asText()).isEqualTo("local");
        }

        String r1 = release("v1", 0);
        awaitAll(ids.values(), r1, "v1");
        String r2 = release("v2", 0);
        awaitAll(ids.values(), r2, "v2");
        assertThat(containersOf(ids.get("env-a"))).hasSize(1);
        assertThat(containersOf(ids.get("env-b"))).hasSize(1);

        // a slow release: kill env-a's agent while its update runs, then start it again
        String r3 = release("v3", 3);
        await("env-a updating", () -> "updating".equals(status(ids.get("env-a"))));
        Thread.sleep(500); // the candidate container is starting
        agents.get("env-a").destroyForcibly().waitFor();
        startAgent("env-a", null);
        awaitAll(ids.values(), r3, "v3");
        assertThat(containersOf(ids.get("env-a"))).as("the dead attempt's container is gone").hasSize(1);
        assertThat(containersOf(ids.get("env-b"))).hasSize(1);

        assertThat(admin.delete("/v1/deployments/" + ids.get("env-b"), null).status()).isEqualTo(202);
        await("env-b deleted", () -> "deleted".equals(status(ids.get("env-b"))));
        assertThat(containersOf(ids.get("env-b"))).isEmpty();
        assertThat(admin.get("/v1/deployment-groups/" + group).body().get("deploymentCount").asLong()).isEqualTo(1);
    }

    void startAgent(String name, String token) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), AgentMain.class.getName(),
                "--server", "http://127.0.0.1:" + server.port(), "--name", name, "--platform", "local",
                "--state-dir", dir.resolve(name).toString(), "--poll-ms", "200", "--heartbeat-ms", "1000"));
        if (token != null) {
            command.addAll(List.of("--token", token));
        }
        docker.labels().forEach((k, v) -> command.addAll(List.of("--label", k + "=" + v)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile())).start();
        agents.put(name, process);
    }

    String release(String greeting, int slowStartSeconds) {
        String script = (slowStartSeconds > 0 ? "sleep " + slowStartSeconds + " && " : "")
                + "mkdir -p /www && echo $GREETING > /www/index.html && exec httpd -f -p 8080 -h /www";
        ApiClient.Response created = admin.post("/v1/releases", "{\"stack\":{\"local\":{\"id\":\"site\",\"resources\":{\"web\":"
                + "{\"config\":{\"id\":\"web\",\"type\":\"container\",\"image\":\"" + BaseImages.BUSYBOX + "\",\"port\":8080,"
                + "\"command\":[\"sh\",\"-c\",\"" + script + "\"],\"environment\":{\"GREETING\":\"" + greeting + "\"},"
                + "\"healthCheck\":{\"path\":\"/index.html\",\"timeoutSeconds\":30}},\"lifecycle\":\"live\",\"dependencies\":[]}}}}}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    void awaitAll(Iterable<String> deployments, String release, String greeting) throws Exception {
        for (String id : deployments) {
            await(id + " running " + release, () -> {
                JsonNode d = admin.get("/v1/deployments/" + id).body();
                return d.get("status").asText().equals("running") && release.equals(d.path("currentReleaseId").asText());
            });
            String url = admin.get("/v1/deployments/" + id + "/info").body().at("/resources/web/publicUrl").asText();
            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(get(url + "/index.html").strip()).isEqualTo(greeting);
        }
    }

    String status(String id) {
        return admin.get("/v1/deployments/" + id).body().get("status").asText();
    }

    List<String> containersOf(String deploymentId) {
        return docker.engine().containers().listByLabels(Map.of(LocalDockerProvider.DEPLOYMENT_LABEL, deploymentId))
                .stream().map(c -> c.id()).toList();
    }

    String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    void await(String what, Supplier<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder logs = new StringBuilder();
                for (String name : agents.keySet()) {
                    Path log = dir.resolve(name + ".log");
                    if (Files.exists(log)) {
                        logs.append("--- ").append(name).append('\n').append(Files.readString(log));
                    }
                }
                throw new AssertionError("timed out waiting for " + what + "\n" + logs);
            }
            Thread.sleep(100);
        }
    }
}
