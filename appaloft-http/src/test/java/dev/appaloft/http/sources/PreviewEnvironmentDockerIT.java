package dev.appaloft.http.sources;

import static dev.appaloft.http.sources.PushToDeployDockerIT.await;
import static dev.appaloft.http.sources.PushToDeployDockerIT.body;
import static dev.appaloft.http.sources.PushToDeployDockerIT.fetch;
import static dev.appaloft.http.sources.PushToDeployDockerIT.freePort;
import static dev.appaloft.http.sources.PushToDeployDockerIT.id;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request's preview, on the real Docker engine behind Caddy: a bare repository on disk
 * (the resource clones it through {@code file://}) whose main branch is deployed; a feature
 * branch is pushed to it and the signed {@code pull_request} deliveries GitHub sends are posted.
 * Opened: the preview's own URL serves the branch, production is untouched. Synchronize with a
 * new commit: the preview serves it. Closed: the URL routes nowhere, the preview's containers and
 * their volumes are gone, its environment is archived and its resource copy deleted.
 */
class PreviewEnvironmentDockerIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String TOKEN = "q".repeat(64);
    static final String SECRET = "preview-secret";

    @TempDir Path dir;

    @Test
    void aPullRequestOpensUpdatesAndRemovesItsPreview() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path bare = dir.resolve("site.git");
        Path work = dir.resolve("work-copy");
        int proxyPort = freePort();
        List<String> resources = new ArrayList<>();
        try (Git origin = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call();
             Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
             CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).githubWebhookSecret(SECRET).workDirectory(dir.resolve("work"))
                     .build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN))
                     .start("127.0.0.1", 0)) {
            String cloneUrl = bare.toUri().toString();
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(cloneUrl)).call();
            Files.createDirectories(work.resolve("www"));
            // VOLUME: each container gets an anonymous volume, which the cleanup must not leave behind
            Files.writeString(work.resolve("Dockerfile"), "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\nVOLUME /data\n"
                    + "CMD [\"sh\", \"-c\", \"trap 'kill $!; exit 0' TERM; httpd -f -p 8080 -h /www & wait\"]\n");
            String base = commit(git, work, "production", "main");
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
            ApiClient github = api.withToken(null);
            String project = id(api.post("/api/projects", "{\"name\":\"preview-" + docker.runId() + "\"}"));
            String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                    + "\",\"name\":\"prod\",\"kind\":\"production\"}"));
            String resource = id(api.post("/api/resources", """
                    {"projectId":"%s","environmentId":"%s","name":"pv-%s",
                     "source":{"kind":"remote-git","locator":"%s","gitRef":"main"},"networkProfile":{"internalPort":8080}}"""
                    .formatted(project, env, docker.runId(), cloneUrl)));
            resources.add(resource);
            String serverId = id(api.post("/api/servers",
                    "{\"name\":\"this host\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
            JsonNode production = await(api, id(api.post("/api/deployments", """
                    {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                    .formatted(project, env, resource, serverId))));
            assertThat(production.at("/status/current").asText()).as(production.toString()).isEqualTo("succeeded");
            String productionUrl = url(api, resource);
            assertThat(api.post("/api/resources/" + resource + "/auto-deploy", """
                    {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""")
                    .status()).isEqualTo(200);
            assertThat(api.post("/api/preview-policies", """
                    {"scope":{"kind":"project","projectId":"%s"},"policy":{"maxActivePreviews":2,"previewTtlHours":48}}"""
                    .formatted(project)).status()).isEqualTo(200);

            // opened: the branch's first commit gets its own environment, resource copy and URL
            git.checkout().setCreateBranch(true).setName("feature").call();
            String head1 = commit(git, work, "preview one", "feature");
            JsonNode opened = deliver(api, github, "opened", head1, cloneUrl, "pr-open");
            JsonNode first = await(api, opened.at("/createdDeploymentIds/0").asText());
            assertThat(first.at("/status/current").asText()).as(first.toString()).isEqualTo("succeeded");
            assertThat(first.at("/deployment/sourceCommitSha").asText()).isEqualTo(head1);
            JsonNode preview = api.get("/api/preview-environments?pullRequestNumber=7").body().at("/items/0");
            assertThat(preview.at("/status").asText()).isEqualTo("active");
            assertThat(preview.at("/source/headSha").asText()).isEqualTo(head1);
            String copy = preview.at("/resourceId").asText();
            resources.add(copy);
            assertThat(copy).isNotEqualTo(resource);
            String previewEnv = preview.at("/environmentId").asText();
            assertThat(api.get("/api/environments/" + previewEnv).body().at("/kind").asText()).isEqualTo("preview");
            String previewUrl = url(api, copy);
            assertThat(previewUrl).isNotEqualTo(productionUrl).contains(".localhost");
            assertThat(body(fetch(previewUrl))).isEqualTo("preview one");
            assertThat(body(fetch(productionUrl))).as("production is untouched").isEqualTo("production");

            // synchronize: a new head commit redeploys the preview, pinned to it
            String head2 = commit(git, work, "preview two", "feature");
            JsonNode synced = deliver(api, github, "synchronize", head2, cloneUrl, "pr-sync");
            JsonNode second = await(api, synced.at("/createdDeploymentIds/0").asText());
            assertThat(second.at("/status/current").asText()).as(second.toString()).isEqualTo("succeeded");
            assertThat(second.at("/deployment/sourceCommitSha").asText()).isEqualTo(head2);
            assertThat(second.at("/deployment/resourceId").asText()).isEqualTo(copy);
            assertThat(body(fetch(previewUrl))).isEqualTo("preview two");
            List<String> containers = docker.engine().containers().listByLabels(Map.of("appaloft.resource", copy))
                    .stream().map(c -> c.id()).toList();
            assertThat(containers).isNotEmpty();
            List<String> volumes = new ArrayList<>();
            for (String container : containers) {
                volumes.addAll(List.of(cli("inspect", "-f", "{{range .Mounts}}{{.Name}} {{end}}", container).split("\\s+")));
            }
            volumes.removeIf(String::isBlank);
            assertThat(volumes).as("the preview's anonymous volumes").isNotEmpty();

            // closed: everything the preview made is gone; production still serves
            JsonNode closed = deliver(api, github, "closed", head2, cloneUrl, "pr-close");
            assertThat(closed.at("/status").asText()).isEqualTo("dispatched");
            JsonNode after = api.get("/api/preview-environments/" + preview.at("/previewEnvironmentId").asText()).body();
            assertThat(after.at("/previewEnvironment/status").asText()).isEqualTo("cleanup-requested");
            assertThat(docker.engine().containers().listByLabels(Map.of("appaloft.resource", copy))).isEmpty();
            for (String volume : volumes) {
                assertThat(cliExit("volume", "inspect", volume)).as("volume " + volume).isNotZero();
            }
            String previewHost = URI.create(previewUrl).getHost();
            assertThat(proxy.routes()).noneMatch(r -> r.host().equals(previewHost));
            assertThat(body(fetch(previewUrl))).doesNotContain("preview");
            assertThat(api.get("/api/environments/" + previewEnv).body().at("/lifecycleStatus").asText())
                    .isEqualTo("archived");
            assertThat(api.get("/api/resources/" + copy).status()).isEqualTo(404);
            assertThat(body(fetch(productionUrl))).isEqualTo("production");
            assertThat(base).isNotEqualTo(head1);
        } finally {
            for (String r : resources) {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", r))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", r))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        }
    }

    /** Posts a signed pull_request delivery and answers the source event it recorded. */
    private static JsonNode deliver(ApiClient api, ApiClient github, String action, String headSha, String cloneUrl,
                                    String delivery) {
        String payload = """
                {"action":"%s","number":7,
                 "pull_request":{"number":7,"state":"%s","merged":false,
                   "head":{"ref":"feature","sha":"%s","repo":{"id":1,"full_name":"acme/site","clone_url":"%s"}},
                   "base":{"ref":"main","sha":"0000000000000000000000000000000000000000",
                           "repo":{"id":1,"full_name":"acme/site","clone_url":"%s","default_branch":"main"}}},
                 "repository":{"id":1,"name":"site","full_name":"acme/site","clone_url":"%s","default_branch":"main"},
                 "sender":{"login":"dev"}}"""
                .formatted(action, "closed".equals(action) ? "closed" : "open", headSha, cloneUrl, cloneUrl, cloneUrl);
        ApiClient.Response response = github.send("POST", "/api/integrations/github/source-events", payload,
                Map.of("X-GitHub-Event", "pull_request", "X-GitHub-Delivery", delivery + "-" + docker.runId(),
                        "X-Hub-Signature-256", WebhookSignature.sign(SECRET, payload.getBytes(StandardCharsets.UTF_8))));
        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        String event = response.http().headers().firstValue("Appaloft-Source-Event-Id").orElseThrow();
        return api.get("/api/source-events/" + event).body();
    }

    private static String url(ApiClient api, String resource) {
        return api.get("/api/resources/" + resource).body().at("/accessSummary/latestGeneratedAccessRoute/url").asText();
    }

    static String commit(Git git, Path work, String content, String branch) throws Exception {
        Files.writeString(work.resolve("www/index.html"), content);
        String sha = GitFixtures.commitAll(git, content);
        git.push().setRemote("origin").add(branch).call();
        return sha;
    }

    private static String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.strip();
    }

    private static int cliExit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
