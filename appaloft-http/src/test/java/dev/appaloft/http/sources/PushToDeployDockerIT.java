package dev.appaloft.http.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.WebhookSignature;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A git push deploys, on the real Docker engine behind Caddy: a repository on disk (JGit; the
 * resource clones it through {@code file://}) is deployed once, a new commit is pushed, and the
 * body a GitHub delivery carries, signed with the webhook secret, is posted without a session:
 * the app at its stable URL then serves the new commit. A forged delivery deploys nothing; a
 * replay redeploys the same commit.
 */
class PushToDeployDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String TOKEN = "p".repeat(64);
    static final String SECRET = "push-to-deploy-secret";

    @TempDir Path dir;

    @Test
    void aSignedPushDeploysTheNewCommitAndTheAppServesIt() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path repo = dir.resolve("site");
        int proxyPort = freePort();
        String resource = null;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
             CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).githubWebhookSecret(SECRET).workDirectory(dir.resolve("work"))
                     .build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN))
                     .start("127.0.0.1", 0)) {
            Files.createDirectories(repo.resolve("www"));
            Files.writeString(repo.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n"
                    + "CMD [\"sh\", \"-c\", \"trap 'kill $!; exit 0' TERM; httpd -f -p 8080 -h /www & wait\"]\n");
            String first = commit(git, repo, "version one");
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
            ApiClient github = api.withToken(null);
            String project = id(api.post("/api/projects", "{\"name\":\"push-" + docker.runId() + "\"}"));
            String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                    + "\",\"name\":\"prod\",\"kind\":\"production\"}"));
            resource = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"push-%s",
                     "source":{"kind":"remote-git","locator":"%s","gitRef":"main"},"networkProfile":{"internalPort":8080}}"""
                    .formatted(project, env, docker.runId(), repo.toUri())));
            String serverId = id(api.post("/api/servers",
                    "{\"name\":\"this host\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
            String initial = id(api.post("/api/deployments", """
                    {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                    .formatted(project, env, resource, serverId)));
            assertThat(await(api, initial).at("/deployment/sourceCommitSha").asText()).isEqualTo(first);
            String url = api.get("/api/resources/" + resource).body()
                    .at("/accessSummary/latestGeneratedAccessRoute/url").asText();
            assertThat(body(fetch(url))).isEqualTo("version one");
            assertThat(api.post("/api/resources/" + resource + "/auto-deploy", """
                    {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""")
                    .status()).isEqualTo(200);

            String second = commit(git, repo, "version two");
            String delivery = pushDelivery(first, second, repo.toUri().toString());
            ApiClient.Response forged = github.send("POST", "/api/integrations/github/source-events", delivery,
                    headers("d-forged", WebhookSignature.sign("guessed", delivery.getBytes(StandardCharsets.UTF_8))));
            assertThat(forged.status()).isEqualTo(401);
            assertThat(api.get("/api/deployments/count").body().get("count").asInt()).isEqualTo(1);

            ApiClient.Response pushed = github.send("POST", "/api/integrations/github/source-events", delivery,
                    headers("d-1", WebhookSignature.sign(SECRET, delivery.getBytes(StandardCharsets.UTF_8))));
            assertThat(pushed.status()).as(pushed.raw()).isEqualTo(202);
            String event = pushed.http().headers().firstValue("Appaloft-Source-Event-Id").orElseThrow();
            String deployment = api.get("/api/source-events/" + event).body().at("/createdDeploymentIds/0").asText();
            JsonNode deployed = await(api, deployment);
            assertThat(deployed.at("/status/current").asText()).as(deployed.toString()).isEqualTo("succeeded");
            assertThat(deployed.at("/deployment/sourceCommitSha").asText()).isEqualTo(second);
            assertThat(body(fetch(url))).as("the stable URL serves the pushed commit").isEqualTo("version two");

            ApiClient.Response replay = api.post("/api/source-events/" + event + "/replay", "{}");
            assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
            JsonNode redeployed = await(api, replay.body().at("/createdDeploymentIds/0").asText());
            assertThat(redeployed.at("/status/current").asText()).isEqualTo("succeeded");
            assertThat(redeployed.at("/deployment/sourceCommitSha").asText()).isEqualTo(second);
            assertThat(body(fetch(url))).isEqualTo("version two");
            assertThat(api.get("/api/deployments/count").body().get("count").asInt()).isEqualTo(3);
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

    static String commit(Git git, Path repo, String content) throws Exception {
        Files.writeString(repo.resolve("www/index.html"), content);
        return GitFixtures.commitAll(git, content);
    }

    static String pushDelivery(String before, String after, String cloneUrl) {
        return """
                {"ref":"refs/heads/main","before":"%s","after":"%s","created":false,"deleted":false,"forced":false,
                 "repository":{"id":1,"name":"site","full_name":"acme/site","clone_url":"%s","default_branch":"main"},
                 "pusher":{"name":"dev"},"head_commit":{"id":"%s","message":"version two"}}"""
                .formatted(before, after, cloneUrl, after);
    }

    static Map<String, String> headers(String delivery, String signature) {
        return Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", delivery, "X-Hub-Signature-256", signature);
    }

    static JsonNode await(ApiClient api, String deployment) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode shown = api.get("/api/deployments/" + deployment).body();
        while (System.nanoTime() < deadline && !shown.at("/status/current").asText().matches("succeeded|failed|canceled")) {
            Thread.sleep(200);
            shown = api.get("/api/deployments/" + deployment).body();
        }
        return shown;
    }

    static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        return start < 0 ? response : response.substring(start + 4).strip();
    }

    /** A plain HTTP/1.0 GET (the host name is only the Host header: *.localhost is loopback). */
    static String fetch(String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.0\r\nHost: " + uri.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
