package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP API on one store: routes from the catalog, validation, errors and the workspace flows. */
abstract class HttpApiScenarios {

    static final String TOKEN = "t".repeat(64);

    final dev.appaloft.core.deployments.FakeRuntime runtime = new dev.appaloft.core.deployments.FakeRuntime();
    TestHttpServer server;
    AppaloftEngine engine;
    ApiClient api;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .runtime("local-shell", runtime).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String createProject(String name) {
        ApiClient.Response created = api.post("/api/projects", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    String createEnvironment(String projectId, String name) {
        ApiClient.Response created = api.post("/api/environments",
                "{\"projectId\":\"" + projectId + "\",\"name\":\"" + name + "\",\"kind\":\"staging\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    /** A request no well-behaved client library would send (it refuses malformed URIs). */
    String rawGet(String path) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> issuePaths(ApiClient.Response response) {
        List<String> paths = new ArrayList<>();
        for (JsonNode issue : response.body().path("data").path("issues")) {
            List<String> parts = new ArrayList<>();
            issue.get("path").forEach(p -> parts.add(p.asText()));
            paths.add(issue.get("code").asText() + ":" + String.join(".", parts));
        }
        return paths;
    }

    @Test
    void catalogRoutesNeedTheAdminToken() {
        ApiClient.Response missing = api.withToken(null).get("/api/projects");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.domainCode()).isEqualTo("product_auth_missing");
        assertThat(missing.body().get("code").asText()).isEqualTo("UNAUTHORIZED");

        ApiClient.Response wrong = api.withToken("x".repeat(64)).post("/api/projects", "{\"nope\":");
        assertThat(wrong.status()).as("authentication comes before validation").isEqualTo(401);
        assertThat(wrong.domainCode()).isEqualTo("product_auth_invalid");
    }

    @Test
    void infrastructureEndpointsAnswerWithoutCredentials() {
        ApiClient anonymous = api.withToken(null);
        assertThat(anonymous.get("/api/health").body().get("status").asText()).isEqualTo("ok");
        ApiClient.Response ready = anonymous.get("/api/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().at("/checks/database").asBoolean()).isTrue();
        assertThat(ready.body().at("/checks/migrations").asBoolean()).isTrue();
        JsonNode version = anonymous.get("/api/version").body();
        assertThat(version.get("apiVersion").asText()).isEqualTo("v1");
        assertThat(version.at("/features/implementedOperations").asInt()).isEqualTo(engine.implementedOperations().size());
        assertThat(version.at("/features/catalogOperations").asInt()).isEqualTo(273);
        assertThat(anonymous.get("/api/openapi.json").body().at("/info/title").asText()).isEqualTo("Appaloft HTTP API");
    }

    @Test
    void projectLifecycleOverHttp() {
        String id = createProject("Web Shop");
        assertThat(api.post("/api/projects", "{\"name\":\"web shop\"}").status()).isEqualTo(409);

        JsonNode shown = api.get("/api/projects/" + id).body();
        assertThat(shown.get("slug").asText()).isEqualTo("web-shop");
        assertThat(api.get("/api/projects?limit=1").body().get("items")).hasSize(1);
        assertThat(api.get("/api/projects/count").body().get("count").asLong()).isEqualTo(1);
        assertThat(api.post("/api/projects/" + id + "/rename", "{\"name\":\"Shop\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/projects/" + id + "/description", "{\"description\":\"front\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/projects/" + id + "/archive", "{\"reason\":\"paused\"}").status()).isEqualTo(200);

        ApiClient.Response refused = api.post("/api/projects/" + id + "/rename", "{\"name\":\"Other\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.domainCode()).isEqualTo("project_archived");

        JsonNode check = api.get("/api/projects/" + id + "/delete-check").body();
        assertThat(check.get("eligible").asBoolean()).isTrue();
        ApiClient.Response unconfirmed = api.delete("/api/projects/" + id, "{\"confirmation\":{}}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(issuePaths(unconfirmed)).containsExactly("invalid_type:confirmation.projectId");
        assertThat(api.delete("/api/projects/" + id, "{\"confirmation\":{\"projectId\":\"" + id + "\"}}").status())
                .isEqualTo(200);
        ApiClient.Response gone = api.get("/api/projects/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.domainCode()).isEqualTo("not_found");
        assertThat(gone.body().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void restoreBringsAnArchivedProjectBack() {
        String id = createProject("shop");
        api.post("/api/projects/" + id + "/archive", null);
        assertThat(api.post("/api/projects/" + id + "/restore", null).status()).isEqualTo(200);
        assertThat(api.get("/api/projects/" + id).body().get("lifecycleStatus").asText()).isEqualTo("active");
    }

    @Test
    void everyInvalidFieldIsReported() {
        ApiClient.Response missing = api.post("/api/projects", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.domainCode()).isEqualTo("validation_error");
        assertThat(missing.body().get("message").asText()).isEqualTo("Input validation failed");
        assertThat(issuePaths(missing)).containsExactly("invalid_type:name");

        ApiClient.Response several = api.post("/api/environments",
                "{\"projectId\":5,\"name\":\"\",\"kind\":\"prod\"}");
        assertThat(several.status()).isEqualTo(400);
        assertThat(issuePaths(several)).containsExactlyInAnyOrder(
                "invalid_type:projectId", "too_small:name", "invalid_value:kind");
        JsonNode kindIssue = several.body().at("/data/issues").findParent("values");
        assertThat(kindIssue.get("values")).extracting(JsonNode::asText).contains("production", "staging");

        assertThat(issuePaths(api.get("/api/projects?limit=abc"))).containsExactly("invalid_type:limit");
        assertThat(issuePaths(api.get("/api/projects?limit=0"))).containsExactly("too_small:limit");
        assertThat(issuePaths(api.get("/api/projects?limit=501"))).containsExactly("too_big:limit");

        ApiClient.Response tooLarge = api.post("/api/projects", "{\"name\":\"" + "a".repeat(1_100_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.domainCode()).isEqualTo("request_too_large");
        String badUri = rawGet("/api/projects/%ZZ");
        assertThat(badUri).startsWith("HTTP/1.1 400").contains("application/json").contains("\"malformed_request\"")
                .doesNotContain("<html");

        ApiClient.Response malformed = api.post("/api/projects", "{\"name\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.domainCode()).isEqualTo("malformed_request");
        assertThat(api.get("/api/projects/count").body().get("count").asLong()).isZero();
    }

    @Test
    void unknownRoutesWrongMethodsAndUnbuiltOperationsAnswerJson() {
        ApiClient.Response unknown = api.get("/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.domainCode()).isEqualTo("route_not_found");

        ApiClient.Response wrongMethod = api.send("PUT", "/api/projects", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.domainCode()).isEqualTo("method_not_allowed");

        // every operation of the catalog is built; one that needs configuration this instance lacks says so
        assertThat(dev.appaloft.api.catalog.AppaloftOperations.ALL).allMatch(op -> engine.isImplemented(op));
        ApiClient.Response unconfigured = api.get("/api/integrations/github/repositories");
        assertThat(unconfigured.status()).isEqualTo(503);
        assertThat(unconfigured.domainCode()).isEqualTo("github_app_not_configured");
        assertThat(unconfigured.body().get("message").asText()).contains("--github-app-id");

        // Alien routes answer in the Alien error shape
        ApiClient.Response alien = api.get("/v1/deployments/dp_missing");
        assertThat(alien.status()).isEqualTo(404);
        assertThat(alien.body().get("code").asText()).isEqualTo("DEPLOYMENT_NOT_FOUND");
        assertThat(alien.body().get("httpStatusCode").asInt()).isEqualTo(404);
        assertThat(alien.body().get("retryable").asBoolean()).isFalse();
    }

    @Test
    void environmentWorkflowOverHttp() {
        String project = createProject("shop");
        String env = createEnvironment(project, "staging");
        String base = "/api/environments/" + env;

        ApiClient.Response set = api.post(base + "/variables",
                "{\"key\":\"DB_PASSWORD\",\"value\":\"hunter22\",\"kind\":\"secret\",\"exposure\":\"runtime\",\"isSecret\":true}");
        assertThat(set.status()).isEqualTo(204);
        assertThat(set.raw()).isEmpty();
        assertThat(api.post(base + "/variables",
                "{\"key\":\"REGION\",\"value\":\"eu\",\"kind\":\"plain-config\",\"exposure\":\"runtime\"}").status())
                .isEqualTo(204);
        ApiClient.Response badBuild = api.post(base + "/variables",
                "{\"key\":\"API\",\"value\":\"x\",\"kind\":\"plain-config\",\"exposure\":\"build-time\"}");
        assertThat(badBuild.status()).isEqualTo(400);
        assertThat(issuePaths(badBuild)).containsExactly("custom:key");

        JsonNode shown = api.get(base).body();
        assertThat(shown.toString()).doesNotContain("hunter22").contains("****");
        assertThat(api.get("/api/environments?projectId=" + project).body().get("items")).hasSize(1);
        assertThat(api.get("/api/environments/count?projectId=" + project).body().get("count").asInt()).isEqualTo(1);
        assertThat(api.get(base + "/effective-precedence").body().get("effectiveEntries")).hasSize(2);

        String prod = api.post(base + "/promote", "{\"targetName\":\"production\",\"targetKind\":\"production\"}")
                .body().get("id").asText();
        String qa = api.post(base + "/clone", "{\"targetName\":\"qa\"}").body().get("id").asText();
        assertThat(api.get("/api/environments/" + qa).body().get("kind").asText()).isEqualTo("staging");

        assertThat(api.delete(base + "/variables/REGION", "{\"exposure\":\"runtime\"}").status()).isEqualTo(204);
        JsonNode diff = api.get(base + "/diff/" + prod).body();
        assertThat(diff.isArray()).isTrue();
        assertThat(diff.toString()).doesNotContain("hunter22");
        assertThat(diff.findValuesAsText("change")).containsExactly("unchanged", "added"); // DB_PASSWORD, REGION

        assertThat(api.post(base + "/rename", "{\"name\":\"stage\"}").status()).isEqualTo(200);
        assertThat(api.post(base + "/lock", "{\"reason\":\"freeze\"}").status()).isEqualTo(200);
        ApiClient.Response locked = api.post(base + "/variables",
                "{\"key\":\"A\",\"value\":\"1\",\"kind\":\"plain-config\",\"exposure\":\"runtime\"}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.domainCode()).isEqualTo("environment_locked");
        assertThat(api.post(base + "/unlock", null).status()).isEqualTo(200);
        assertThat(api.post(base + "/archive", "{}").status()).isEqualTo(200);
        assertThat(api.get(base).body().get("lifecycleStatus").asText()).isEqualTo("archived");
    }

    @Test
    void resourceConfigurationOverHttp() {
        String project = createProject("shop");
        String env = createEnvironment(project, "production");
        ApiClient.Response created = api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web","kind":"application",
                 "source":{"kind":"remote-git","locator":"https://bot:s3cr3t@git.example.com/acme/web.git","gitRef":"main"},
                 "runtimeProfile":{"strategy":"dockerfile","dockerfilePath":"Dockerfile"},
                 "networkProfile":{"internalPort":8080}}""".formatted(project, env));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        String base = "/api/resources/" + id;

        assertThat(api.post(base + "/health-policy", "{\"healthCheck\":{\"http\":{\"path\":\"/healthz\"}}}").status())
                .isEqualTo(200);
        assertThat(api.post(base + "/access-profile", "{\"accessProfile\":{\"pathPrefix\":\"/\"}}").status()).isEqualTo(200);
        assertThat(api.post(base + "/variables", "{\"key\":\"LOG_LEVEL\",\"value\":\"debug\",\"exposure\":\"runtime\"}").raw())
                .isEqualTo("null");
        assertThat(api.post(base + "/secrets", "{\"key\":\"DB_PASSWORD\",\"value\":\"hunter22\"}").status()).isEqualTo(201);
        JsonNode imported = api.post(base + "/variables/import",
                "{\"content\":\"A=1\\nA=2\\nAPI_TOKEN=zzz\\n\",\"exposure\":\"runtime\"}").body();
        assertThat(imported.get("duplicateOverrides")).hasSize(1);

        JsonNode shown = api.get(base + "?includeLatestDeployment=true").body();
        assertThat(shown.at("/resource/slug").asText()).isEqualTo("web");
        assertThat(shown.at("/healthPolicy/http/path").asText()).isEqualTo("/healthz");
        assertThat(shown.toString()).doesNotContain("s3cr3t").doesNotContain("hunter22").doesNotContain("zzz");
        assertThat(api.get("/api/resources?projectId=" + project + "&limit=10").body().get("items")).hasSize(1);
        assertThat(api.get("/api/resources/count?environmentId=" + env).body().get("count").asInt()).isEqualTo(1);
        assertThat(api.get(base + "/secrets").body().get("items")).hasSize(2);
        assertThat(api.get(base + "/secrets/DB_PASSWORD").body().at("/secret/value").asText()).isEqualTo("****");
        assertThat(api.get(base + "/effective-config").body().get("effectiveEntries")).hasSize(4);
        assertThat(api.post(base + "/secrets/DB_PASSWORD", "{\"value\":\"n3w\"}").status()).isEqualTo(200);
        assertThat(api.delete(base + "/secrets/DB_PASSWORD", "{}").status()).isEqualTo(200);
        assertThat(api.delete(base + "/variables/LOG_LEVEL", "{\"exposure\":\"runtime\"}").status()).isEqualTo(200);
        assertThat(api.post(base + "/health-policy/reset", null).status()).isEqualTo(200);

        ApiClient.Response badPort = api.post(base + "/network-profile", "{\"networkProfile\":{\"internalPort\":0}}");
        assertThat(badPort.status()).isEqualTo(400);
        assertThat(issuePaths(badPort)).containsExactly("too_small:networkProfile.internalPort");
        ApiClient.Response strict = api.post(base + "/access-profile", "{\"accessProfile\":{\"pathPrefix\":\"/\",\"x\":1}}");
        assertThat(issuePaths(strict)).containsExactly("unrecognized_keys:accessProfile");

        assertThat(api.post(base + "/archive", "{\"reason\":\"done\"}").status()).isEqualTo(200);
        ApiClient.Response archived = api.post(base + "/network-profile", "{\"networkProfile\":{\"internalPort\":80}}");
        assertThat(archived.status()).isEqualTo(409);
        assertThat(archived.domainCode()).isEqualTo("resource_archived");
        assertThat(api.delete(base, "{\"confirmation\":{\"resourceSlug\":\"web\"}}").status()).isEqualTo(200);
        assertThat(api.get(base).status()).isEqualTo(404);
    }

    @Test
    void serversOverHttp() {
        ApiClient.Response created = api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"127.0.0.1\",\"providerKey\":\"local-shell\",\"proxyKind\":\"caddy\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(api.get("/api/servers/" + id + "?includeRollups=true").body().at("/server/edgeProxy/kind").asText())
                .isEqualTo("caddy");
        assertThat(api.get("/api/servers?limit=5").body().get("items")).hasSize(1);
        assertThat(api.get("/api/servers/count").body().get("count").asInt()).isEqualTo(1);
        ApiClient.Response bad = api.post("/api/servers", "{\"name\":\"x\",\"host\":\"h\",\"providerKey\":\"mars\"}");
        assertThat(issuePaths(bad)).containsExactly("custom:providerKey");
    }

    @Test
    void deploymentsOverHttp() {
        String project = createProject("shop");
        String env = createEnvironment(project, "production");
        String resource = api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)).body().get("id").asText();
        api.post("/api/resources/" + resource + "/secrets", "{\"key\":\"TOKEN\",\"value\":\"s3cr3t-t0ken\"}");
        String server = api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}").body().get("id").asText();

        ApiClient.Response created = api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, server));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        JsonNode shown = api.get("/api/deployments/" + id).body();
        assertThat(shown.at("/status/current").asText()).isEqualTo("succeeded");
        assertThat(api.get("/api/deployments?resourceId=" + resource).body().get("items")).hasSize(1);
        assertThat(api.get("/api/deployments/count?status=succeeded").body().get("count").asInt()).isEqualTo(1);
        JsonNode logs = api.get("/api/deployments/" + id + "/logs").body();
        assertThat(logs.get("logs").size()).isPositive();
        assertThat(logs.toString() + shown).doesNotContain("s3cr3t-t0ken");

        ApiClient.Response redeploy = api.post("/api/resources/" + resource + "/redeploy", "{}");
        assertThat(redeploy.status()).isEqualTo(201);
        JsonNode again = api.get("/api/deployments/" + redeploy.body().get("id").asText()).body();
        assertThat(again.at("/deployment/triggerKind").asText()).isEqualTo("redeploy");
        ApiClient.Response notRetryable = api.post("/api/deployments/" + id + "/retry", "{}");
        assertThat(notRetryable.status()).isEqualTo(409);
        assertThat(notRetryable.domainCode()).isEqualTo("deployment_not_retryable");

        ApiClient.Response strict = api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s","force":true}"""
                .formatted(project, env, resource, server));
        assertThat(issuePaths(strict)).containsExactly("unrecognized_keys:");
    }

    @Test
    void deploymentEventsStreamsAndControlsOverHttp() throws Exception {
        String project = createProject("shop");
        String env = createEnvironment(project, "production");
        String resource = api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)).body().get("id").asText();
        String server = api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}").body().get("id").asText();
        String body = """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}""".formatted(project, env,
                resource, server);

        // createStream: progress as SSE, then "done" with the id
        List<SseClient.Event> progress = api.stream("POST", "/api/deployments/stream", body, Map.of());
        SseClient.Event done = progress.get(progress.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        String id = done.data().get("id").asText();
        assertThat(progress.subList(0, progress.size() - 1)).allMatch(e -> e.data().get("deploymentId").asText().equals(id));

        // the replay is JSON (validated against the spec by the client); the stream carries the same envelopes
        JsonNode replay = api.get("/api/deployments/" + id + "/events").body();
        List<SseClient.Event> streamed = api.stream("GET", "/api/deployments/" + id + "/events/stream", null, Map.of());
        assertThat(streamed.get(streamed.size() - 1).data().get("kind").asText()).isEqualTo("closed");
        com.fasterxml.jackson.databind.node.ObjectNode asReplay = JsonNodeFactory.instance.objectNode()
                .put("deploymentId", id);
        streamed.forEach(e -> asReplay.withArray("envelopes").add(e.data()));
        assertThat(SpecResponseValidator.problems("GET", "/api/deployments/" + id + "/events", 200, asReplay.toString()))
                .isEmpty();
        List<JsonNode> streamedEvents = streamed.stream().map(SseClient.Event::data)
                .filter(d -> d.get("kind").asText().equals("event")).toList();
        assertThat(streamedEvents).hasSize(replay.get("envelopes").size());
        // a client reconnecting with Last-Event-ID resumes after that event
        String third = streamedEvents.get(2).at("/event/cursor").asText();
        assertThat(streamed.get(2).id()).isEqualTo(third);
        List<SseClient.Event> resumed = api.stream("GET", "/api/deployments/" + id + "/events/stream", null,
                Map.of("Last-Event-ID", third));
        assertThat(resumed.get(0).data().at("/event/sequence").asLong()).isEqualTo(4);

        // cancel a running deployment; the previous instance keeps serving
        runtime.verifyUntilCanceled = new java.util.concurrent.CountDownLatch(1);
        String running = api.post("/api/deployments", body.replace("}", ",\"executionMode\":\"detached\"}")).body()
                .get("id").asText();
        assertThat(runtime.verifyUntilCanceled.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        ApiClient.Response wrongConfirm = api.post("/api/deployments/" + running + "/cancel", "{\"confirm\":\"x\"}");
        assertThat(issuePaths(wrongConfirm)).containsExactly("custom:confirm");
        ApiClient.Response canceled = api.post("/api/deployments/" + running + "/cancel",
                "{\"confirm\":\"" + running + "\"}");
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.body().get("status").asText()).isEqualTo("canceled");
        runtime.verifyUntilCanceled = null;
        ApiClient.Response again = api.post("/api/deployments/" + id + "/cancel", "{\"confirm\":\"" + id + "\"}");
        assertThat(again.domainCode()).isEqualTo("deployment_not_cancelable");

        // archive, prune (dry run) and pruneLogs answer the spec's shapes
        assertThat(api.post("/api/deployments/" + running + "/archive", "{\"confirm\":\"" + running + "\"}")
                .status()).isEqualTo(200);
        assertThat(api.get("/api/deployments?resourceId=" + resource).body().get("items")).hasSize(1);
        assertThat(api.get("/api/deployments?resourceId=" + resource + "&includeArchived=true").body().get("items"))
                .hasSize(2);
        String tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonNode pruned = api.post("/api/deployments/prune", "{\"before\":\"" + tomorrow + "\"}").body();
        assertThat(pruned.get("dryRun").asBoolean()).isTrue();
        assertThat(pruned.get("guardedDeploymentIds")).hasSize(1);
        JsonNode prunedLogs = api.post("/api/deployments/logs/prune", "{\"before\":\"" + tomorrow
                + "\",\"dryRun\":false}").body();
        assertThat(prunedLogs.get("prunedCount").asLong()).isPositive();
        assertThat(api.get("/api/deployments/" + id + "/logs").body().get("logs")).isEmpty();

        JsonNode full = api.get("/api/deployments/" + id + "?includeTimeline=true&includeSnapshot=true"
                + "&includeRelatedContext=true&includeLatestFailure=true&includeRecoverySummary=true").body();
        assertThat(full.at("/relatedContext/project/name").asText()).isEqualTo("shop");
        assertThat(full.at("/timeline/logCount").asInt()).isZero();
        JsonNode plan = api.get("/api/deployments/plan?projectId=" + project + "&environmentId=" + env
                + "&resourceId=" + resource + "&serverId=" + server).body();
        assertThat(plan.at("/readiness/ready").asBoolean()).isTrue();
        assertThat(plan.at("/planner/buildStrategy").asText()).isEqualTo("prebuilt-image");
        JsonNode readiness = api.get("/api/deployments/" + running + "/recovery-readiness?maxCandidates=3").body();
        assertThat(readiness.get("retryable").asBoolean()).isTrue();
        assertThat(readiness.at("/rollback/candidates/0/deploymentId").asText()).isEqualTo(id);
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    /** A resource from this source JSON (and runtime profile JSON, or null), deployed; returns deployments.show. */
    private JsonNode deployed(String project, String env, String server, String name, String source, String runtime) {
        ApiClient.Response resource = api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"%s","source":%s,%s"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env, name, source, runtime == null ? "" : "\"runtimeProfile\":" + runtime + ","));
        assertThat(resource.status()).as(resource.raw()).isEqualTo(201);
        ApiClient.Response created = api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource.body().get("id").asText(), server));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return api.get("/api/deployments/" + created.body().get("id").asText()).body();
    }

    @Test
    void everySourceKindIsAcceptedAndItsResolutionShownAsTheSpecSays() throws Exception {
        String project = createProject("sources");
        String env = createEnvironment(project, "production");
        String server = api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}").body().get("id").asText();
        String sha;
        try (var repo = dev.appaloft.core.deployments.sources.GitRepos.init(tmp.resolve("repo"))) {
            sha = repo.commit("app", java.util.Map.of("Dockerfile", "FROM local/busybox:1\n"));
        }
        JsonNode git = deployed(project, env, server, "git",
                "{\"kind\":\"local-git\",\"locator\":\"" + tmp.resolve("repo") + "\",\"gitRef\":\"main\"}", null);
        assertThat(git.at("/status/current").asText()).isEqualTo("succeeded");
        assertThat(git.at("/deployment/sourceCommitSha").asText()).isEqualTo(sha);
        assertThat(git.at("/deployment/runtimePlan/source/inspection/detectedFiles/0").asText()).isEqualTo("dockerfile");

        JsonNode inline = deployed(project, env, server, "inline",
                "{\"kind\":\"dockerfile-inline\",\"locator\":\"web\",\"metadata\":{\"content\":\"FROM local/busybox:1\"}}",
                null);
        assertThat(inline.at("/deployment/runtimePlan/buildStrategy").asText()).isEqualTo("dockerfile");

        java.nio.file.Files.createDirectories(tmp.resolve("site/dist"));
        java.nio.file.Files.writeString(tmp.resolve("site/dist/index.html"), "<h1>hi</h1>");
        JsonNode site = deployed(project, env, server, "site",
                "{\"kind\":\"local-folder\",\"locator\":\"" + tmp.resolve("site") + "\"}",
                "{\"strategy\":\"static\",\"publishDirectory\":\"dist\"}");
        assertThat(site.at("/deployment/runtimePlan/buildStrategy").asText()).isEqualTo("static-artifact");

        JsonNode commands = deployed(project, env, server, "worker",
                "{\"kind\":\"local-folder\",\"locator\":\"" + tmp.resolve("site") + "\"}",
                "{\"strategy\":\"workspace-commands\",\"installCommand\":\"echo install\",\"startCommand\":\"sh run.sh\"}");
        assertThat(commands.at("/deployment/runtimePlan/execution/startCommand").asText()).isEqualTo("sh run.sh");

        JsonNode missing = deployed(project, env, server, "zip",
                "{\"kind\":\"zip-artifact\",\"locator\":\"" + tmp.resolve("none.zip") + "\"}", null);
        assertThat(missing.at("/status/current").asText()).isEqualTo("failed");
        assertThat(missing.at("/latestFailure/phase").asText()).isEqualTo("detect");
        assertThat(missing.at("/latestFailure/message").asText()).startsWith("source_unavailable:");
    }

    @Test
    void configurationsThatCannotDeployAreRefusedUpFront() {
        String project = createProject("refused");
        String env = createEnvironment(project, "production");
        String server = api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}").body().get("id").asText();
        String image = api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"image","source":{"kind":"docker-image","locator":"a/b:1"},
                 "runtimeProfile":{"strategy":"workspace-commands","startCommand":"run"},"networkProfile":{"internalPort":80}}"""
                .formatted(project, env)).body().get("id").asText();
        ApiClient.Response wrong = api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}""".formatted(project, env, image, server));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(issuePaths(wrong)).containsExactly("custom:runtimeProfile.strategy");

        // compose stacks: an inline file is checked when the resource is created
        String stack = """
                {"projectId":"%s","environmentId":"%s","name":"%s","source":{"kind":"docker-compose-inline","locator":"stack",
                 "metadata":{"content":%s}},"networkProfile":{"internalPort":8080%s}}""";
        ApiClient.Response malformed = api.post("/api/resources", stack.formatted(project, env, "bad",
                "\"services:\\n  web:\\n    image: [unclosed\\n\"", ""));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.body().at("/data/domainCode").asText()).isEqualTo("compose_file_invalid");
        assertThat(malformed.body().toString()).contains("line 4");
        String twoServices = "\"services:\\n  web:\\n    image: local/busybox:1\\n  cache:\\n    image: redis:7-alpine\\n\"";
        ApiClient.Response unknown = api.post("/api/resources", stack.formatted(project, env, "unknown", twoServices,
                ",\"targetServiceName\":\"api\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(issuePaths(unknown)).containsExactly("custom:networkProfile.targetServiceName");
        String created = api.post("/api/resources", stack.formatted(project, env, "stack", twoServices,
                ",\"targetServiceName\":\"web\"")).body().get("id").asText();
        JsonNode shown = api.get("/api/resources/" + created).body().get("resource");
        assertThat(shown.get("kind").asText()).isEqualTo("compose-stack");
        assertThat(shown.get("services").toString()).isEqualTo(
                "[{\"name\":\"web\",\"kind\":\"web\"},{\"name\":\"cache\",\"kind\":\"cache\"}]");
    }
}
