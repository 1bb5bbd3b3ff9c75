package dev.appaloft.http.terminal;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.terminals.TerminalLimits;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.Authenticator;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal on a real running container: a busybox app deployed to the local Docker engine, a
 * WebSocket client attaches, types {@code echo hi} and reads {@code hi}, resizes (the TTY's
 * {@code stty size} says so), and the session ends on its (shortened) TTL. A viewer is refused.
 */
class TerminalDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String TOKEN = "o".repeat(64);
    static final String VIEWER = "v".repeat(64);
    // long enough for the typing below on a loaded machine (8 s expired mid-test once): it ends the test by expiring
    static final Duration TTL = Duration.ofSeconds(12);

    @TempDir Path dir;

    /** The operator's token, and a viewer's. */
    static final Authenticator TOKENS = (authorization, cookies) -> {
        if (("Bearer " + TOKEN).equals(authorization)) {
            return Actor.operator();
        }
        if (("Bearer " + VIEWER).equals(authorization)) {
            return Actor.user("usr_viewer", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.VIEWER);
        }
        throw new AppaloftException(ErrorCode.INVALID_CREDENTIALS, "the credentials are not valid");
    };

    @Test
    void aWebSocketClientTypesIntoARunningContainerAndTheSessionExpires() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("www"));
        Files.writeString(app.resolve("www/index.html"), "hello");
        Files.writeString(app.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\nWORKDIR /www\n"
                + "CMD [\"sh\", \"-c\", \"trap 'kill $!; exit 0' TERM; httpd -f -p 8080 -h /www & wait\"]\n");
        String resource = null;
        try (AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .terminalLimits(new TerminalLimits(TTL, Duration.ofHours(1), 64 * 1024))
                     .dailyHousekeeping(false).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, TOKENS).start("127.0.0.1", 0)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
            String project = id(api.post("/api/projects", "{\"name\":\"term-" + docker.runId() + "\"}"));
            String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                    + "\",\"name\":\"prod\",\"kind\":\"production\"}"));
            resource = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"shell-%s",
                     "source":{"kind":"local-folder","locator":"%s"},"networkProfile":{"internalPort":8080}}"""
                    .formatted(project, env, docker.runId(), app)));
            String serverId = id(api.post("/api/servers",
                    "{\"name\":\"this host\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
            String deployment = id(api.post("/api/deployments", """
                    {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                    .formatted(project, env, resource, serverId)));
            assertThat(api.get("/api/deployments/" + deployment).body().at("/status/current").asText())
                    .isEqualTo("succeeded");

            String openBody = "{\"scope\":{\"kind\":\"resource\",\"resourceId\":\"" + resource + "\"}}";
            ApiClient.Response refused = api.withToken(VIEWER).post("/api/terminal-sessions", openBody);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(403);

            ApiClient.Response opened = api.post("/api/terminal-sessions", openBody);
            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
            String session = opened.body().get("sessionId").asText();
            assertThat(opened.body().get("workingDirectory").asText()).isEqualTo("/www");
            assertThat(opened.body().get("deploymentId").asText()).isEqualTo(deployment);
            assertThat(TerminalWsClient.connect(server.port(), session, VIEWER)).as("a viewer cannot attach")
                    .isEqualTo(403);

            TerminalWsClient client = (TerminalWsClient) TerminalWsClient.connect(server.port(), session, TOKEN);
            long started = System.nanoTime();
            client.type("echo hi\n");
            Pattern hi = Pattern.compile("(?m)^hi\\r?$");
            client.awaitOutput(o -> hi.matcher(o).find(), Duration.ofSeconds(10));
            long roundTripMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            long[] echoes = roundTrips(client, 200);
            client.resize(40, 120);
            Thread.sleep(200); // the resize and the next keystrokes travel separately
            client.type("stty size\n");
            client.awaitOutput(o -> o.contains("40 120"), Duration.ofSeconds(10));

            assertThat(client.closed.get(TTL.toSeconds() + 10, TimeUnit.SECONDS)).isEqualTo(1000);
            assertThat(client.messages).contains("{\"type\":\"ended\",\"reason\":\"expired\"}");
            assertThat(api.get("/api/terminal-sessions/" + session).status()).isEqualTo(404);
            assertThat(api.get("/api/terminal-sessions").body().get("items")).isEmpty();
            String container = docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                    .get(0).id();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            String ps;
            do {
                Thread.sleep(100);
                ps = docker.engine().containers().exec(container, java.util.List.of("ps"), Duration.ofSeconds(10))
                        .stdout();
            } while (ps.contains("sh -i") && System.nanoTime() < deadline);
            assertThat(ps).as("the shell ended with its session").doesNotContain("sh -i");
            System.out.println("terminal: first echo after " + roundTripMillis + " ms (shell start included); "
                    + "keystroke echo over 200 keys: p50 " + micros(echoes, 0.50) + " us, p99 " + micros(echoes, 0.99)
                    + " us, max " + micros(echoes, 1.0) + " us");
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

    /** Keystroke-to-echo times (the TTY echoes each key), one key at a time, in nanoseconds. */
    private static long[] roundTrips(TerminalWsClient client, int keys) throws InterruptedException {
        long[] times = new long[keys];
        for (int i = 0; i < keys; i++) {
            int before = client.output().length();
            long start = System.nanoTime();
            client.type("x");
            while (client.output().length() == before) {
                Thread.onSpinWait();
            }
            times[i] = System.nanoTime() - start;
        }
        client.type("\u0015"); // ^U: the line typed so far is dropped
        java.util.Arrays.sort(times);
        return times;
    }

    private static long micros(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000;
    }
}
