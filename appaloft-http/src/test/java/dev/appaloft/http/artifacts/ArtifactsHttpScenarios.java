package dev.appaloft.http.artifacts;

import static dev.appaloft.http.ApiResponses.fields;
import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.artifacts.FileArtifactStore;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/resources/{id}/runtime-log-archives}, {@code /api/resources/runtime-log-archives/*}
 * and {@code /api/static-artifacts/*} on one store with the runtime and proxy doubles;
 * {@link ApiClient} checks every answer against the spec.
 */
public abstract class ArtifactsHttpScenarios {

    static final String TOKEN = "z".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    final FakeEdgeProxy proxy = new FakeEdgeProxy();
    @TempDir Path artifacts;
    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;
    HttpSampleApp app;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).edgeProxy("local-shell", proxy)
                .artifactStore(new FileArtifactStore(artifacts)).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        app = HttpSampleApp.create(api);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void logArchivesAreCapturedListedShownAndPruned() {
        ApiClient.Response none = api.post("/api/resources/" + app.resource() + "/runtime-log-archives", "{}");
        assertThat(none.status()).as(none.raw()).isEqualTo(409);
        id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(app.project(), app.env(), app.resource(), app.serverId())));
        runtime.print(runtime.instances.keySet().iterator().next(), "served GET /");

        ApiClient.Response archived = api.post("/api/resources/" + app.resource() + "/runtime-log-archives",
                "{\"tailLines\":10,\"reason\":\"support case\"}");
        assertThat(archived.status()).as(archived.raw()).isEqualTo(201);
        JsonNode archive = archived.body().get("archive");
        assertThat(archive.get("lines").size()).isEqualTo(archive.get("lineCount").asInt()).isPositive();
        String archiveId = archive.get("archiveId").asText();

        ApiClient.Response list = api.get("/api/resources/runtime-log-archives?resourceId=" + app.resource() + "&limit=5");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().get("items").get(0).get("archiveId").asText()).isEqualTo(archiveId);
        assertThat(list.body().get("items").get(0).has("lines")).isFalse();

        ApiClient.Response shown = api.get("/api/resources/runtime-log-archives/" + archiveId);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().at("/archive/lines").toString()).contains("served GET /");
        assertThat(api.get("/api/resources/runtime-log-archives/rla_missing").status()).isEqualTo(404);

        assertThat(fields(api.post("/api/resources/" + app.resource() + "/runtime-log-archives", "{\"tailLines\":0}")))
                .containsExactly("tailLines");
        assertThat(fields(api.post("/api/resources/runtime-log-archives/prune", "{}"))).containsExactly("before");

        ApiClient.Response dry = api.post("/api/resources/runtime-log-archives/prune", "{\"before\":\"2999-01-01T00:00:00Z\"}");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.body().get("matchedCount").asInt()).isEqualTo(1);
        ApiClient.Response pruned = api.post("/api/resources/runtime-log-archives/prune",
                "{\"before\":\"2999-01-01T00:00:00Z\",\"dryRun\":false,\"resourceId\":\"" + app.resource() + "\"}");
        assertThat(pruned.status()).as(pruned.raw()).isEqualTo(200);
        assertThat(pruned.body().get("prunedCount").asInt()).isEqualTo(1);
        assertThat(pruned.body().get("affectedResourceCount").asInt()).isEqualTo(1);
        assertThat(api.get("/api/resources/runtime-log-archives/" + archiveId).status()).isEqualTo(404);
    }

    @Test
    void staticArtifactsArePublishedAndListed() {
        String index = Base64.getEncoder().encodeToString("<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response published = api.post("/api/static-artifacts/publish-payload", """
                {"projectId":"%s","resourceId":"%s","artifactId":"build-1","metadata":{"commit":"abc"},
                 "files":[{"path":"index.html","mimeType":"text/html","contentBase64":"%s"}]}"""
                .formatted(app.project(), app.resource(), index));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        JsonNode p = published.body();
        assertThat(p.get("fileCount").asInt()).isEqualTo(1);
        assertThat(p.get("routeUrl").asText()).startsWith("http://");
        assertThat(p.at("/files/0/mimeType").asText()).isEqualTo("text/html");

        ApiClient.Response list = api.get("/api/static-artifacts/publications?resourceId=" + app.resource());
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().at("/items/0/publicationId").asText()).isEqualTo(p.get("publicationId").asText());
        assertThat(list.body().at("/items/0/metadata/commit").asText()).isEqualTo("abc");

        assertThat(fields(api.post("/api/static-artifacts/publish-payload", """
                {"projectId":"%s","resourceId":"%s","files":[{"path":"../x","mimeType":"text/html","contentBase64":""}]}"""
                .formatted(app.project(), app.resource())))).containsExactly("files"); // the path is [files, 0, path]
        assertThat(fields(api.post("/api/static-artifacts/publish-archive", """
                {"projectId":"%s","resourceId":"%s","archiveBase64":"bm90IGFuIGFyY2hpdmU="}"""
                .formatted(app.project(), app.resource())))).containsExactly("archiveBase64");
        assertThat(api.post("/api/static-artifacts/publish", """
                {"projectId":"%s","resourceId":"res_missing","sourcePath":"/tmp"}""".formatted(app.project())).status())
                .isEqualTo(404);
    }
}
