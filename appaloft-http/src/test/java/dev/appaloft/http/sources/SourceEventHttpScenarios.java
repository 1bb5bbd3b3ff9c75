package dev.appaloft.http.sources;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.SourceFingerprint;
import dev.appaloft.core.sources.WebhookSignature;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push to deploy over HTTP on one store: a real git repository on disk (JGit, cloned through
 * {@code file://}), GitHub deliveries signed with HMAC-SHA256 exactly as GitHub signs them, sent
 * without any session, and the runtime double. {@link ApiClient} checks every answer against the spec.
 */
public abstract class SourceEventHttpScenarios {

    static final String TOKEN = "s".repeat(64);
    static final String SECRET = "gh-webhook-" + "k".repeat(20);
    @TempDir Path tmp;
    final FakeRuntime runtime = new FakeRuntime();
    TestHttpServer server;
    ApiClient api;
    ApiClient anonymous;
    HttpSampleApp app;
    Git git;
    String resource;

    protected abstract Store openStore();

    @BeforeEach
    void start() throws Exception {
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .workDirectory(tmp.resolve("work")).githubWebhookSecret(SECRET).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        anonymous = api.withToken(null);
        app = HttpSampleApp.create(api);
        git = Git.init().setDirectory(tmp.resolve("shop").toFile()).setInitialBranch("main").call();
        commit("index.html", "v1");
        resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"site",
                 "source":{"kind":"remote-git","locator":"%s","gitRef":"main"},"networkProfile":{"internalPort":8080}}"""
                .formatted(app.project(), app.env(), cloneUrl())));
    }

    @AfterEach
    void stop() {
        git.close();
        server.close();
    }

    String cloneUrl() {
        return tmp.resolve("shop").toUri().toString();
    }

    String commit(String file, String content) throws Exception {
        Files.writeString(tmp.resolve("shop").resolve(file), content);
        Files.writeString(tmp.resolve("shop").resolve("Dockerfile"), "FROM local/busybox:1\nCOPY . /www\n");
        return GitFixtures.commitAll(git, "change " + content);
    }

    /** What GitHub POSTs for a push: its JSON (abridged) and the three headers that matter. */
    ApiClient.Response deliver(String secret, String delivery, String commit) {
        return deliver(secret, delivery, "0".repeat(40), commit);
    }

    ApiClient.Response deliver(String secret, String delivery, String before, String commit) {
        String body = """
                {"ref":"refs/heads/main","before":"%s","after":"%s","created":false,"deleted":false,"forced":false,
                 "repository":{"id":123456,"name":"shop","full_name":"acme/shop","private":false,
                   "html_url":"https://github.com/acme/shop","clone_url":"%s","default_branch":"main"},
                 "pusher":{"name":"dev","email":"dev@example.com"},
                 "head_commit":{"id":"%s","message":"change","timestamp":"2026-12-07T12:00:00Z"}}"""
                .formatted(before, commit, cloneUrl(), commit);
        return anonymous.send("POST", "/api/integrations/github/source-events", body, Map.of(
                "X-GitHub-Event", "push", "X-GitHub-Delivery", delivery, "User-Agent", "GitHub-Hookshot/abc",
                "X-Hub-Signature-256", WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8))));
    }

    JsonNode awaitDeployment(String deployment) throws InterruptedException {
        return GitFixtures.awaitDeployment(api, deployment);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aSignedGitHubPushOverHttpDeploysThePushedCommit() throws Exception {
        ApiClient.Response policy = api.post("/api/resources/" + resource + "/auto-deploy", """
                {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""");
        assertThat(policy.status()).as(policy.raw()).isEqualTo(200);
        String commit = commit("index.html", "v2");

        ApiClient.Response forged = deliver("not-the-secret", "delivery-0", commit);
        assertThat(forged.status()).as(forged.raw()).isEqualTo(401);
        assertThat(forged.domainCode()).isEqualTo("source_event_signature_invalid");
        assertThat(api.get("/api/source-events").body().get("items").size()).isZero();

        ApiClient.Response accepted = deliver(SECRET, "delivery-1", commit);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.raw()).isEmpty();
        String eventId = accepted.http().headers().firstValue("Appaloft-Source-Event-Id").orElseThrow();
        assertThat(accepted.http().headers().firstValue("Appaloft-Source-Event-Status")).hasValue("dispatched");

        JsonNode event = api.get("/api/source-events/" + eventId).body();
        assertThat(event.get("status").asText()).isEqualTo("dispatched");
        assertThat(event.get("revision").asText()).isEqualTo(commit);
        assertThat(event.at("/verification/status").asText()).isEqualTo("verified");
        String deployment = event.at("/createdDeploymentIds/0").asText();
        JsonNode shown = awaitDeployment(deployment);
        assertThat(shown.at("/status/current").asText()).as(shown.toString()).isEqualTo("succeeded");
        assertThat(shown.at("/deployment/sourceCommitSha").asText()).isEqualTo(commit);
        assertThat(shown.at("/deployment/resourceId").asText()).isEqualTo(resource);

        ApiClient.Response again = deliver(SECRET, "delivery-1", commit);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.http().headers().firstValue("Appaloft-Source-Event-Status")).hasValue("deduped");
        assertThat(api.get("/api/deployments").body().get("items").size()).isEqualTo(1);

        JsonNode list = api.get("/api/source-events?resourceId=" + resource + "&sourceKind=github&limit=10").body();
        assertThat(list.get("items").size()).isEqualTo(1);
        assertThat(list.at("/items/0/dedupeStatus").asText()).isEqualTo("new");

        ApiClient.Response replay = api.post("/api/source-events/" + eventId + "/replay", "{\"idempotencyKey\":\"r1\"}");
        assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
        assertThat(replay.body().get("createdDeploymentIds").size()).isEqualTo(1);
        awaitDeployment(replay.body().at("/createdDeploymentIds/0").asText());
    }

    @Test
    void aPushDeploysItsOwnCommitAndAnOlderDeliveryArrivingLastDeploysNothing() throws Exception {
        assertThat(api.post("/api/resources/" + resource + "/auto-deploy", """
                {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""")
                .status()).isEqualTo(200);
        String c1 = git.log().call().iterator().next().name();
        String c2 = commit("index.html", "v2");
        String c3 = commit("index.html", "v3");
        // a burst: the newer push is delivered first and deploys its commit
        JsonNode newer = api.get("/api/source-events/" + eventId(deliver(SECRET, "burst-2", c2, c3))).body();
        assertThat(awaitDeployment(newer.at("/createdDeploymentIds/0").asText()).at("/deployment/sourceCommitSha")
                .asText()).isEqualTo(c3);
        // the older one, delivered last, is recorded and deploys nothing
        ApiClient.Response older = deliver(SECRET, "burst-1", c1, c2);
        assertThat(older.http().headers().firstValue("Appaloft-Source-Event-Status")).hasValue("ignored");
        JsonNode stale = api.get("/api/source-events/" + eventId(older)).body();
        assertThat(stale.get("createdDeploymentIds").size()).isZero();
        assertThat(stale.at("/policyResults/0/errorCode").asText()).isEqualTo("source_event_superseded");
        assertThat(api.get("/api/deployments").body().get("items").size()).isEqualTo(1);
        // a push is pinned to its commit even when the branch has moved on since
        String c4 = commit("index.html", "v4");
        commit("index.html", "v5");
        JsonNode pinned = api.get("/api/source-events/" + eventId(deliver(SECRET, "burst-3", c3, c4))).body();
        assertThat(awaitDeployment(pinned.at("/createdDeploymentIds/0").asText()).at("/deployment/sourceCommitSha")
                .asText()).isEqualTo(c4);
    }

    static String eventId(ApiClient.Response delivered) {
        assertThat(delivered.status()).as(delivered.raw()).isEqualTo(202);
        return delivered.http().headers().firstValue("Appaloft-Source-Event-Id").orElseThrow();
    }

    @Test
    void webhooksTakeNoSessionAndAnswerStableCodes() {
        String body = "{\"ref\":\"refs/heads/main\"}";
        ApiClient.Response unsigned = anonymous.send("POST", "/api/integrations/github/source-events", body,
                Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.domainCode()).isEqualTo("source_event_signature_missing");
        ApiClient.Response malformed = anonymous.send("POST", "/api/integrations/github/source-events", body, Map.of(
                "X-GitHub-Event", "push", "X-GitHub-Delivery", "d",
                "X-Hub-Signature-256", WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8))));
        assertThat(malformed.status()).as(malformed.raw()).isEqualTo(400);
        assertThat(malformed.raw()).contains("after").contains("repository");
        ApiClient.Response ping = anonymous.send("POST", "/api/integrations/github/source-events", "{}", Map.of(
                "X-GitHub-Event", "ping", "X-GitHub-Delivery", "p",
                "X-Hub-Signature-256", WebhookSignature.sign(SECRET, "{}".getBytes(StandardCharsets.UTF_8))));
        assertThat(ping.status()).isEqualTo(202);
        assertThat(ping.http().headers().firstValue("Appaloft-Source-Event-Id")).isEmpty();
        // a resource's generic webhook without a policy cannot be verified
        ApiClient.Response generic = anonymous.send("POST", "/api/resources/" + resource
                + "/source-events/generic-signed", "{\"ref\":\"main\",\"revision\":\"abc\"}", Map.of(
                "X-Appaloft-Signature", "sha256=" + "0".repeat(64)));
        assertThat(generic.status()).isEqualTo(503);
        assertThat(generic.domainCode()).isEqualTo("source_event_provider_webhook_not_configured");
        // the reads are not public
        assertThat(anonymous.get("/api/source-events").status()).isEqualTo(401);
    }

    @Test
    void aGenericSignedWebhookDeploysItsResource() throws Exception {
        assertThat(api.post("/api/resources/" + app.resource() + "/secrets",
                "{\"key\":\"HOOK\",\"value\":\"generic-secret-value\"}").status()).isEqualTo(201);
        ApiClient.Response policy = api.post("/api/resources/" + app.resource() + "/auto-deploy", """
                {"mode":"enable","policy":{"triggerKind":"generic-signed-webhook","refs":["main"],"eventKinds":["push"],
                 "genericWebhookSecretRef":"resource-secret:HOOK"}}""");
        assertThat(policy.status()).as(policy.raw()).isEqualTo(200);
        String body = "{\"ref\":\"main\",\"revision\":\"build-42\",\"deliveryId\":\"ci-42\"}";
        ApiClient.Response accepted = anonymous.send("POST", "/api/resources/" + app.resource()
                + "/source-events/generic-signed", body, Map.of("X-Appaloft-Signature",
                WebhookSignature.sign("generic-secret-value", body.getBytes(StandardCharsets.UTF_8))));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.http().headers().firstValue("Appaloft-Source-Event-Status")).hasValue("dispatched");
        String eventId = accepted.http().headers().firstValue("Appaloft-Source-Event-Id").orElseThrow();
        JsonNode event = api.get("/api/source-events/" + eventId + "?resourceId=" + app.resource()).body();
        assertThat(event.get("sourceKind").asText()).isEqualTo("generic-signed");
        assertThat(awaitDeployment(event.at("/createdDeploymentIds/0").asText()).at("/status/current").asText())
                .isEqualTo("succeeded");
        assertThat(api.get("/api/resources/" + app.resource() + "/secrets").raw()).doesNotContain("generic-secret-value");
    }

    @Test
    void sourceLinksPruneAndIntegrationsAnswerTheSpecsShapes() {
        String fingerprint = SourceFingerprint.of("example.com/acme/shop", "main");
        ApiClient.Response relinked = api.post("/api/source-links/relink", """
                {"sourceFingerprint":"%s","projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s",
                 "reason":"first"}""".formatted(fingerprint, app.project(), app.env(), resource, app.serverId()));
        assertThat(relinked.status()).as(relinked.raw()).isEqualTo(200);
        JsonNode shown = api.get("/api/source-links/" + enc(fingerprint)).body();
        assertThat(shown.at("/sourceLink/resourceId").asText()).isEqualTo(resource);
        assertThat(api.get("/api/source-links?resourceId=" + resource + "&limit=5").body().get("items").size()).isEqualTo(1);
        ApiClient.Response conflict = api.post("/api/source-links/relink", """
                {"sourceFingerprint":"%s","projectId":"%s","environmentId":"%s","resourceId":"%s",
                 "expectedCurrentResourceId":"res_other"}""".formatted(fingerprint, app.project(), app.env(),
                app.resource()));
        assertThat(conflict.status()).isEqualTo(409);
        ApiClient.Response deleted = api.delete("/api/source-links/" + enc(fingerprint), "{\"reason\":\"gone\"}");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
        assertThat(api.get("/api/source-links/" + enc(fingerprint)).status()).isEqualTo(404);

        ApiClient.Response prune = api.post("/api/source-events/prune", "{\"before\":\"2030-01-01T00:00:00Z\"}");
        assertThat(prune.status()).as(prune.raw()).isEqualTo(200);
        assertThat(prune.body().get("dryRun").asBoolean()).isTrue();
        assertThat(api.post("/api/source-events/prune", "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/source-events/sevt_missing").domainCode()).isEqualTo("source_event_not_found");

        JsonNode integrations = api.get("/api/integrations").body();
        assertThat(integrations.at("/items/0/key").asText()).isEqualTo("github");
        assertThat(integrations.at("/items/0/configuration/status").asText()).isEqualTo("partial");
        JsonNode connection = api.get("/api/integrations/github/app-connection").body();
        assertThat(connection.get("connected").asBoolean()).isFalse();
        ApiClient.Response repositories = api.get("/api/integrations/github/repositories");
        assertThat(repositories.status()).isEqualTo(503);
        assertThat(repositories.domainCode()).isEqualTo("github_app_not_configured");
    }
}
