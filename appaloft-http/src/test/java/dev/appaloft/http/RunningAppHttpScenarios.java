package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resource's running app over HTTP (runtime doubles): every answer is checked against the spec
 * by {@link ApiClient}; runtime logs are followed as Server-Sent Events.
 */
abstract class RunningAppHttpScenarios {

    static final String TOKEN = "t".repeat(64);
    static final String SECRET = "s3cr3t-t0ken-value";

    final FakeRuntime runtime = new FakeRuntime();
    final FakeEdgeProxy proxy = new FakeEdgeProxy();
    AppaloftHttpServer server;
    AppaloftEngine engine;
    ApiClient api;
    String project;
    String env;
    String resource;
    String serverId;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .runtime("local-shell", runtime).edgeProxy("local-shell", proxy).build();
        server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN)).start("127.0.0.1", 0);
        api = new ApiClient("http://127.0.0.1:" + server.port(), TOKEN);
        project = id(api.post("/api/projects", "{\"name\":\"shop\"}"));
        env = id(api.post("/api/environments", "{\"projectId\":\"" + project + "\",\"name\":\"production\",\"kind\":\"production\"}"));
        resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)));
        api.post("/api/resources/" + resource + "/secrets", "{\"key\":\"TOKEN\",\"value\":\"" + SECRET + "\"}");
        serverId = id(api.post("/api/servers", "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    String deploy() {
        return id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, serverId)));
    }

    String instanceId() {
        return runtime.instances.keySet().iterator().next();
    }

    @Test
    void runtimeLogsAndTheirErrors() {
        ApiClient.Response none = api.get("/api/resources/" + resource + "/runtime-logs");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.domainCode()).isEqualTo("resource_runtime_logs_unavailable");

        deploy();
        runtime.print(instanceId(), "token is " + SECRET);
        ApiClient.Response logs = api.get("/api/resources/" + resource + "/runtime-logs?tailLines=5&since=10m");
        assertThat(logs.status()).isEqualTo(200);
        assertThat(logs.raw()).doesNotContain(SECRET).contains("token is ********");
        assertThat(logs.body().at("/logs/1/masked").asBoolean()).isTrue();

        ApiClient.Response bad = api.get("/api/resources/" + resource + "/runtime-logs?tailLines=5000&since=soon");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(HttpApiScenarios.issuePaths(bad)).contains("too_big:tailLines");
        assertThat(api.get("/api/resources/" + resource + "/runtime-logs?since=soon").body().toString()).contains("since");
    }

    @Test
    void runtimeLogsStreamAsServerSentEventsUntilTheAppStops() throws Exception {
        deploy();
        String base = "http://127.0.0.1:" + server.port() + "/api/resources/" + resource + "/runtime-logs/stream";
        try (SseClient sse = new SseClient(base + "?tailLines=10", TOKEN)) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            SseClient.Event first = sse.next(Duration.ofSeconds(5));
            assertThat(first.data().get("kind").asText()).isEqualTo("line");
            assertThat(first.data().at("/line/message").asText()).startsWith("app listening").doesNotContain(SECRET);

            runtime.print(instanceId(), "GET /health 200");
            SseClient.Event live = sse.next(Duration.ofSeconds(5));
            assertThat(live.data().at("/line/message").asText()).isEqualTo("GET /health 200");
            assertThat(live.id()).isEqualTo(live.data().at("/line/cursor").asText());

            // a client that reconnects with the last id it saw resumes after it
            runtime.print(instanceId(), "GET /after 200");
            try (SseClient resumed = new SseClient(base, TOKEN, first.id())) {
                assertThat(resumed.next(Duration.ofSeconds(5)).data().at("/line/message").asText()).isEqualTo("GET /health 200");
                assertThat(resumed.next(Duration.ofSeconds(5)).data().at("/line/message").asText()).isEqualTo("GET /after 200");
            }
            assertThat(sse.next(Duration.ofSeconds(5)).data().at("/line/message").asText()).isEqualTo("GET /after 200");

            assertThat(api.post("/api/resources/" + resource + "/runtime/stop", "{}").status()).isEqualTo(202);
            SseClient.Event event = sse.next(Duration.ofSeconds(5));
            while (event != null && !"closed".equals(event.data().get("kind").asText())) {
                event = sse.next(Duration.ofSeconds(5));
            }
            assertThat(event).as("the stream says why it ends").isNotNull();
            assertThat(event.data().get("reason").asText()).isEqualTo("source-ended");
            assertThat(sse.awaitEnd(Duration.ofSeconds(5))).as("and the response ends").isTrue();
        }
    }

    @Test
    void aClientThatLeavesTheStreamStopsTheFollow() throws Exception {
        deploy();
        String url = "http://127.0.0.1:" + server.port() + "/api/resources/" + resource + "/runtime-logs/stream";
        SseClient sse = new SseClient(url, TOKEN);
        assertThat(sse.next(Duration.ofSeconds(5))).isNotNull();
        assertThat(runtime.openFollowers(instanceId())).isEqualTo(1);
        sse.close();
        // the server notices at its next write: the next line, or the heartbeat
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (runtime.openFollowers(instanceId()) > 0 && System.nanoTime() < deadline) {
            runtime.print(instanceId(), "tick");
            Thread.sleep(50);
        }
        assertThat(runtime.openFollowers(instanceId())).isZero();

        try (SseClient tail = new SseClient(url + "?follow=false", TOKEN)) {
            SseClient.Event event = tail.next(Duration.ofSeconds(5));
            while (event != null && !"closed".equals(event.data().get("kind").asText())) {
                event = tail.next(Duration.ofSeconds(5));
            }
            assertThat(event).isNotNull();
            assertThat(event.data().get("reason").asText()).isEqualTo("completed");
            assertThat(tail.awaitEnd(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void runtimeControlsAnswer202AndClearConflicts() {
        ApiClient.Response never = api.post("/api/resources/" + resource + "/runtime/stop", null);
        assertThat(never.status()).isEqualTo(409);
        assertThat(never.domainCode()).isEqualTo("resource_runtime_metadata_missing");

        String deployment = deploy();
        ApiClient.Response stopped = api.post("/api/resources/" + resource + "/runtime/stop",
                "{\"deploymentId\":\"" + deployment + "\",\"reason\":\"maintenance\",\"idempotencyKey\":\"k1\"}");
        assertThat(stopped.status()).isEqualTo(202);
        assertThat(stopped.body().get("status").asText()).isEqualTo("succeeded");
        assertThat(stopped.body().get("runtimeState").asText()).isEqualTo("stopped");

        ApiClient.Response again = api.post("/api/resources/" + resource + "/runtime/stop", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.domainCode()).isEqualTo("resource_runtime_already_in_state");
        assertThat(again.body().at("/data/details/blockedReason").asText()).isEqualTo("runtime-already-stopped");

        assertThat(api.post("/api/resources/" + resource + "/runtime/start",
                "{\"acknowledgeRetainedRuntimeMetadata\":true}").status()).isEqualTo(202);
        ApiClient.Response restarted = api.post("/api/resources/" + resource + "/runtime/restart", "{}");
        assertThat(restarted.status()).isEqualTo(202);
        assertThat(restarted.body().get("phases")).hasSize(2);
        assertThat(api.get("/api/deployments/count").body().get("count").asInt()).isEqualTo(1);

        JsonNode listed = api.get("/api/resources?projectId=" + project).body().at("/items/0");
        assertThat(listed.at("/latestRuntimeControl/operation").asText()).isEqualTo("restart");
        assertThat(listed.at("/accessSummary/latestGeneratedAccessRoute/url").asText())
                .isEqualTo("http://web-production.localhost:4380/");
    }

    @Test
    void healthAndItsHistory() {
        assertThat(api.get("/api/resources/" + resource + "/health").body().get("overall").asText()).isEqualTo("not-deployed");
        deploy();
        JsonNode live = api.get("/api/resources/" + resource + "/health?mode=live&includeChecks=true").body();
        assertThat(live.get("overall").asText()).isEqualTo("healthy");
        assertThat(live.get("checks").size()).isGreaterThanOrEqualTo(3);
        api.post("/api/resources/" + resource + "/runtime/stop", "{}");
        assertThat(api.get("/api/resources/" + resource + "/health").body().get("overall").asText()).isEqualTo("stopped");

        String from = Instant.now().minus(Duration.ofHours(1)).toString();
        String to = Instant.now().plus(Duration.ofMinutes(1)).toString();
        JsonNode history = api.get("/api/resources/" + resource + "/health-history?window.from=" + from
                + "&window.to=" + to + "&limit=10").body();
        assertThat(history.get("observations").size()).isEqualTo(3);
        assertThat(history.at("/observations/2/overall").asText()).isEqualTo("stopped");
        assertThat(api.get("/api/resources/" + resource + "/health-history?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/resources/" + resource + "/health-history?window.from=" + to + "&window.to=" + from)
                .status()).isEqualTo(400);
    }

    @Test
    void diagnosticsEvidenceAndTheProxyPreview() {
        assertThat(api.get("/api/resources/" + resource + "/proxy-configuration?routeScope=planned").body()
                .get("status").asText()).isEqualTo("planned");
        String deployment = deploy();
        runtime.print(instanceId(), "password " + SECRET);

        ApiClient.Response summary = api.get("/api/resources/" + resource + "/diagnostic-summary?tailLines=5");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.raw()).doesNotContain(SECRET);
        assertThat(summary.body().at("/focus/deploymentId").asText()).isEqualTo(deployment);
        assertThat(summary.body().at("/system/entrypoint").asText()).isEqualTo("http");
        assertThat(api.get("/api/resources/" + resource + "/diagnostic-summary?tailLines=51").status()).isEqualTo(400);

        ApiClient.Response evidence = api.get("/api/resource-access-failures/req_abc?hostname=web-production.localhost");
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.body().get("status").asText()).isEqualTo("not-found");

        JsonNode preview = api.get("/api/resources/" + resource + "/proxy-configuration?includeDiagnostics=true").body();
        assertThat(preview.get("status").asText()).isEqualTo("applied");
        assertThat(preview.at("/routes/0/appliedRouteContext/proxyKind").asText()).isEqualTo("caddy");
        assertThat(api.get("/api/resources/" + resource + "/proxy-configuration?routeScope=deployment-snapshot")
                .status()).isEqualTo(400);
    }

    @Test
    void showReportsWhereTheResourceAnswersAndItsAutoDeployPolicy() {
        deploy();
        ApiClient.Response policy = api.post("/api/resources/" + resource + "/auto-deploy", """
                {"mode":"enable","policy":{"triggerKind":"git-push","refs":["main"],"eventKinds":["push"]}}""");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.body().get("status").asText()).isEqualTo("enabled");
        ApiClient.Response badMode = api.post("/api/resources/" + resource + "/auto-deploy", "{\"mode\":\"always\"}");
        assertThat(badMode.status()).isEqualTo(400);

        JsonNode shown = api.get("/api/resources/" + resource).body();
        assertThat(shown.at("/autoDeployPolicy/status").asText()).isEqualTo("enabled");
        assertThat(shown.at("/accessSummary/latestGeneratedAccessRoute/url").asText())
                .isEqualTo("http://web-production.localhost:4380/");
        assertThat(shown.at("/accessSummary/proxyRouteStatus").asText()).isEqualTo("ready");
        assertThat(shown.at("/resource/deploymentCount").asInt()).isEqualTo(1);
        assertThat(shown.at("/latestDeployment/status").asText()).isEqualTo("succeeded");
        assertThat(api.get("/api/resources/" + resource + "?includeAccessSummary=false").body().has("accessSummary")).isFalse();
    }
}
