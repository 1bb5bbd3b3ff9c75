package dev.appaloft.http.sources;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.previews.ListPreviewEnvironmentsInput;
import dev.appaloft.api.previews.PreviewScope;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.WebhookSignature;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull-request previews over HTTP on one store: a JGit repository on disk linked to a resource
 * (its git-push auto-deploy policy), signed GitHub {@code pull_request} deliveries sent without a
 * session, the runtime double, and every answer checked against the spec by {@link ApiClient}.
 */
public abstract class PreviewHttpScenarios {

    static final String TOKEN = "v".repeat(64);
    static final String SECRET = "gh-preview-" + "k".repeat(20);
    @TempDir Path tmp;
    final FakeRuntime runtime = new FakeRuntime();
    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;
    ApiClient anonymous;
    HttpSampleApp app;
    Git git;
    String resource;

    protected abstract Store openStore();

    @BeforeEach
    void start() throws Exception {
        engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .workDirectory(tmp.resolve("work")).githubWebhookSecret(SECRET).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        anonymous = api.withToken(null);
        app = HttpSampleApp.create(api);
        git = Git.init().setDirectory(tmp.resolve("shop").toFile()).setInitialBranch("main").call();
        commit("v1");
        resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"site",
                 "source":{"kind":"remote-git","locator":"%s","gitRef":"main"},"networkProfile":{"internalPort":8080}}"""
                .formatted(app.project(), app.env(), cloneUrl())));
        // the first deployment places the resource (and its previews) on the sample server
        awaitDeployment(id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(app.project(), app.env(), resource, app.serverId()))));
        ApiClient.Response policy = api.post("/api/resources/" + resource + "/auto-deploy", """
                {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""");
        assertThat(policy.status()).as(policy.raw()).isEqualTo(200);
        // pull requests come from the feature branch: later commits land there
        git.checkout().setCreateBranch(true).setName("feature").call();
    }

    @AfterEach
    void stop() {
        git.close();
        server.close();
    }

    String cloneUrl() {
        return tmp.resolve("shop").toUri().toString();
    }

    String commit(String content) throws Exception {
        Files.writeString(tmp.resolve("shop").resolve("index.html"), content);
        Files.writeString(tmp.resolve("shop").resolve("Dockerfile"), "FROM local/busybox:1\nCOPY . /www\n");
        return GitFixtures.commitAll(git, "change " + content);
    }

    /** What GitHub POSTs for a pull request (abridged); {@code headUrl} is a fork's when it differs. */
    ApiClient.Response pullRequest(String action, int number, String sha, String headName, String headUrl,
                                   String delivery) {
        String body = """
                {"action":"%s","number":%d,"pull_request":{"number":%d,"state":"open",
                   "head":{"ref":"feature","sha":"%s","repo":{"id":9,"full_name":"%s","clone_url":"%s"}},
                   "base":{"ref":"main","sha":"%s","repo":{"id":1,"full_name":"acme/shop","clone_url":"%s"}}},
                 "repository":{"id":1,"full_name":"acme/shop","clone_url":"%s"},"sender":{"login":"dev"}}"""
                .formatted(action, number, number, sha, headName, headUrl, "0".repeat(40), cloneUrl(), cloneUrl());
        return anonymous.send("POST", "/api/integrations/github/source-events", body, Map.of(
                "X-GitHub-Event", "pull_request", "X-GitHub-Delivery", delivery,
                "X-Hub-Signature-256", WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8))));
    }

    JsonNode event(ApiClient.Response delivered) {
        assertThat(delivered.status()).as(delivered.raw()).isEqualTo(202);
        return api.get("/api/source-events/" + delivered.http().headers().firstValue("Appaloft-Source-Event-Id")
                .orElseThrow()).body();
    }

    JsonNode awaitDeployment(String deployment) throws InterruptedException {
        return GitFixtures.awaitDeployment(api, deployment);
    }

    void configure(String json) {
        ApiClient.Response configured = api.post("/api/preview-policies", json);
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
    }

    int audits(String aggregateId) {
        return api.get("/api/audit-events?aggregateId=" + aggregateId).body().get("items").size();
    }

    @Test
    void aPullRequestUnderAPolicyOpensRedeploysAndIsDeleted() throws Exception {
        configure("{\"scope\":{\"kind\":\"project\",\"projectId\":\"" + app.project() + "\"},\"policy\":{\"previewTtlHours\":24}}");
        String head = commit("feature one");
        JsonNode opened = event(pullRequest("opened", 3, head, "acme/shop", cloneUrl(), "pr-1"));
        assertThat(opened.get("status").asText()).as(opened.toString()).isEqualTo("dispatched");
        JsonNode deployed = awaitDeployment(opened.at("/createdDeploymentIds/0").asText());
        assertThat(deployed.at("/status/current").asText()).as(deployed.toString()).isEqualTo("succeeded");
        assertThat(deployed.at("/deployment/sourceCommitSha").asText()).isEqualTo(head);

        JsonNode list = api.get("/api/preview-environments?projectId=" + app.project() + "&status=active&limit=5").body();
        assertThat(list.get("items").size()).isEqualTo(1);
        JsonNode preview = list.at("/items/0");
        String previewId = preview.get("previewEnvironmentId").asText();
        String copy = preview.get("resourceId").asText();
        assertThat(copy).isNotEqualTo(resource);
        assertThat(preview.get("serverId").asText()).isEqualTo(app.serverId());
        assertThat(preview.at("/source/pullRequestNumber").asInt()).isEqualTo(3);
        assertThat(preview.at("/source/repositoryFullName").asText()).isEqualTo("acme/shop");
        assertThat(preview.has("expiresAt")).isTrue();
        assertThat(deployed.at("/deployment/resourceId").asText()).isEqualTo(copy);
        assertThat(api.get("/api/environments/" + preview.get("environmentId").asText()).body().get("kind").asText())
                .isEqualTo("preview");
        assertThat(api.get("/api/preview-environments/" + previewId + "?resourceId=" + resource).status()).isEqualTo(200);
        assertThat(api.get("/api/preview-environments/" + previewId + "?projectId=prj_other").status()).isEqualTo(404);
        assertThat(audits(previewId)).as("created").isEqualTo(1);

        String next = commit("feature two");
        JsonNode synced = event(pullRequest("synchronize", 3, next, "acme/shop", cloneUrl(), "pr-2"));
        JsonNode redeployed = awaitDeployment(synced.at("/createdDeploymentIds/0").asText());
        assertThat(redeployed.at("/deployment/sourceCommitSha").asText()).isEqualTo(next);
        assertThat(engine.previews().show(previewId).previewEnvironment().source().headSha()).isEqualTo(next);
        assertThat(api.get("/api/preview-environments").body().get("items").size()).as("still one preview").isEqualTo(1);

        ApiClient.Response wrongResource = api.send("DELETE", "/api/resources/" + app.resource()
                + "/preview-environments/" + previewId, null);
        assertThat(wrongResource.status()).isEqualTo(404);
        ApiClient.Response deleted = api.send("DELETE", "/api/resources/" + resource + "/preview-environments/"
                + previewId, null);
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(202);
        assertThat(deleted.body().get("status").asText()).isEqualTo("cleaned");
        assertThat(deleted.body().get("cleanedRuntime").asBoolean()).isTrue();
        assertThat(runtime.find(Map.of("appaloft.resource", copy))).isEmpty();
        assertThat(api.get("/api/resources/" + copy).status()).isEqualTo(404);
        assertThat(api.get("/api/preview-environments/" + previewId).body().at("/previewEnvironment/status").asText())
                .isEqualTo("cleanup-requested");
        ApiClient.Response again = api.send("DELETE", "/api/resources/" + copy + "/preview-environments/" + previewId, null);
        assertThat(again.body().get("status").asText()).isEqualTo("already-clean");
        // created, updated, cleaned: one audit event each
        assertThat(audits(previewId)).isEqualTo(3);
        // the production resource is untouched
        assertThat(api.get("/api/resources/" + resource).status()).isEqualTo(200);
    }

    @Test
    void withoutAPolicyAPullRequestIsRecordedAndIgnored() throws Exception {
        JsonNode ignored = event(pullRequest("opened", 4, commit("x"), "acme/shop", cloneUrl(), "pr-none"));
        assertThat(ignored.get("status").asText()).isEqualTo("ignored");
        assertThat(api.get("/api/preview-environments").body().get("items").size()).isZero();
        JsonNode shown = api.post("/api/preview-policies/show", "{\"scope\":{\"kind\":\"project\",\"projectId\":\""
                + app.project() + "\"}}").body();
        assertThat(shown.at("/policy/source").asText()).isEqualTo("default");
        assertThat(shown.at("/policy/settings/forkPreviews").asText()).isEqualTo("disabled");
        // a pull request nobody links is recorded too, never refused
        ApiClient.Response unlinked = anonymous.send("POST", "/api/integrations/github/source-events",
                "{\"action\":\"closed\",\"number\":1,\"pull_request\":{\"head\":{\"ref\":\"a\",\"sha\":\"" + "1".repeat(40)
                        + "\"},\"base\":{\"ref\":\"main\",\"repo\":{\"full_name\":\"x/y\"}}}}",
                Map.of("X-GitHub-Event", "pull_request", "X-GitHub-Delivery", "pr-x", "X-Hub-Signature-256",
                        WebhookSignature.sign(SECRET, ("{\"action\":\"closed\",\"number\":1,\"pull_request\":{\"head\":"
                                + "{\"ref\":\"a\",\"sha\":\"" + "1".repeat(40) + "\"},\"base\":{\"ref\":\"main\",\"repo\":"
                                + "{\"full_name\":\"x/y\"}}}}").getBytes(StandardCharsets.UTF_8))));
        assertThat(unlinked.status()).as(unlinked.raw()).isEqualTo(202);
        assertThat(unlinked.http().headers().firstValue("Appaloft-Source-Event-Status")).hasValue("ignored");
        // a malformed one names the field
        ApiClient.Response malformed = anonymous.send("POST", "/api/integrations/github/source-events", "{\"action\":\"opened\"}",
                Map.of("X-GitHub-Event", "pull_request", "X-GitHub-Delivery", "pr-bad", "X-Hub-Signature-256",
                        WebhookSignature.sign(SECRET, "{\"action\":\"opened\"}".getBytes(StandardCharsets.UTF_8))));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).contains("number").contains("head");
    }

    @Test
    void forksNeedThePolicyAndGetNoSecretsUnlessEligible() throws Exception {
        assertThat(api.post("/api/resources/" + resource + "/secrets",
                "{\"key\":\"API_TOKEN\",\"value\":\"production-only-value\"}").status()).isEqualTo(201);
        configure("{\"scope\":{\"kind\":\"resource\",\"projectId\":\"" + app.project() + "\",\"resourceId\":\""
                + resource + "\"},\"policy\":{\"forkPreviews\":\"disabled\"}}");
        Path fork = tmp.resolve("fork");
        try (Git forked = Git.cloneRepository().setURI(cloneUrl()).setDirectory(fork.toFile()).call()) {
            Files.writeString(fork.resolve("index.html"), "from a fork");
            forked.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Outsider", "o@example.com");
            String sha = forked.commit().setMessage("fork").setAuthor(who).setCommitter(who).setSign(false).call().name();
            String forkUrl = fork.toUri().toString();
            JsonNode refused = event(pullRequest("opened", 5, sha, "outsider/shop", forkUrl, "pr-fork-1"));
            assertThat(refused.get("status").asText()).isEqualTo("blocked");
            assertThat(refused.at("/policyResults/0/errorCode").asText()).isEqualTo("preview_fork_refused");
            assertThat(api.get("/api/preview-environments").body().get("items").size()).isZero();

            configure("{\"scope\":{\"kind\":\"resource\",\"projectId\":\"" + app.project() + "\",\"resourceId\":\""
                    + resource + "\"},\"policy\":{\"forkPreviews\":\"without-secrets\"}}");
            JsonNode opened = event(pullRequest("reopened", 5, sha, "outsider/shop", forkUrl, "pr-fork-2"));
            JsonNode deployed = awaitDeployment(opened.at("/createdDeploymentIds/0").asText());
            assertThat(deployed.at("/deployment/sourceCommitSha").asText()).isEqualTo(sha);
            String copy = api.get("/api/preview-environments").body().at("/items/0/resourceId").asText();
            assertThat(api.get("/api/resources/" + copy + "/secrets").body().get("items").size())
                    .as("a fork's preview sees no secret").isZero();
            assertThat(api.get("/api/resources/" + resource + "/secrets").body().get("items").size()).isEqualTo(1);
            JsonNode shown = api.post("/api/preview-policies/show", "{\"scope\":{\"kind\":\"resource\",\"projectId\":\""
                    + app.project() + "\",\"resourceId\":\"" + resource + "\"}}").body();
            assertThat(shown.at("/policy/source").asText()).isEqualTo("configured");
            assertThat(shown.at("/policy/settings/forkPreviews").asText()).isEqualTo("without-secrets");
        }
    }

    @Test
    void theQuotaBlocksAPreviewAndCleanupPreviewFreesIt() throws Exception {
        configure("{\"scope\":{\"kind\":\"project\",\"projectId\":\"" + app.project() + "\"},\"policy\":{\"maxActivePreviews\":1}}");
        String sha = commit("feature");
        awaitDeployment(event(pullRequest("opened", 1, sha, "acme/shop", cloneUrl(), "q-1"))
                .at("/createdDeploymentIds/0").asText());
        JsonNode over = event(pullRequest("opened", 2, sha, "acme/shop", cloneUrl(), "q-2"));
        assertThat(over.get("status").asText()).isEqualTo("blocked");
        assertThat(over.at("/policyResults/0/errorCode").asText()).isEqualTo("preview_quota_exceeded");

        String fingerprint = engine.previews().list(ListPreviewEnvironmentsInput.all()).items().get(0).source()
                .sourceBindingFingerprint();
        ApiClient.Response mismatch = api.post("/api/deployments/cleanup-preview", "{\"sourceFingerprint\":\""
                + fingerprint + "\",\"trustedContext\":{\"projectId\":\"prj_elsewhere\"}}");
        assertThat(mismatch.body().get("status").asText()).isEqualTo("already-clean");
        ApiClient.Response cleaned = api.post("/api/deployments/cleanup-preview", "{\"sourceFingerprint\":\""
                + fingerprint + "\",\"trustedContext\":{\"repositoryFullName\":\"acme/shop\"}}");
        assertThat(cleaned.status()).as(cleaned.raw()).isEqualTo(202);
        assertThat(cleaned.body().get("status").asText()).isEqualTo("cleaned");
        assertThat(api.post("/api/deployments/cleanup-preview", "{\"sourceFingerprint\":\"" + fingerprint + "\"}")
                .body().get("status").asText()).isEqualTo("already-clean");
        // the quota has room again
        JsonNode second = event(pullRequest("synchronize", 2, sha, "acme/shop", cloneUrl(), "q-3"));
        assertThat(second.get("status").asText()).isEqualTo("dispatched");
        awaitDeployment(second.at("/createdDeploymentIds/0").asText());
        // closing the pull request cleans its preview
        assertThat(event(pullRequest("closed", 2, sha, "acme/shop", cloneUrl(), "q-4")).get("status").asText())
                .isEqualTo("dispatched");
        assertThat(api.get("/api/preview-environments?status=active").body().get("items").size()).isZero();
    }

    @Test
    void badInputNamesTheField() {
        ApiClient.Response noScope = api.post("/api/preview-policies", "{}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.raw()).contains("scope");
        ApiClient.Response ttl = api.post("/api/preview-policies", "{\"scope\":{\"kind\":\"project\",\"projectId\":\""
                + app.project() + "\"},\"policy\":{\"previewTtlHours\":0}}");
        assertThat(ttl.status()).isEqualTo(400);
        assertThat(ttl.raw()).contains("previewTtlHours");
        ApiClient.Response quota = api.post("/api/preview-policies", "{\"scope\":{\"kind\":\"project\",\"projectId\":\""
                + app.project() + "\"},\"policy\":{\"maxActivePreviews\":100000}}");
        assertThat(quota.status()).isEqualTo(400);
        assertThat(quota.raw()).contains("maxActivePreviews");
        ApiClient.Response unknownProject = api.post("/api/preview-policies",
                "{\"scope\":{\"kind\":\"project\",\"projectId\":\"prj_nope\"}}");
        assertThat(unknownProject.status()).isEqualTo(404);
        ApiClient.Response noFingerprint = api.post("/api/deployments/cleanup-preview", "{}");
        assertThat(noFingerprint.status()).isEqualTo(400);
        assertThat(noFingerprint.raw()).contains("sourceFingerprint");
        assertThat(api.get("/api/preview-environments?pullRequestNumber=0").status()).isEqualTo(400);
        assertThat(api.get("/api/preview-environments/prv_missing").status()).isEqualTo(404);
        assertThat(engine.previews().policy(PreviewScope.project(app.project())).policy().source()).isEqualTo("default");
    }
}
