package dev.appaloft.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/audit-events/*} on one store, as the operator (the instance owner); {@link ApiClient}
 * checks every answer against the spec. Cross-organization reads are covered by the isolation and
 * authorization tests.
 */
public abstract class AuditHttpScenarios {

    static final String TOKEN = "a".repeat(64);
    TestHttpServer server;
    ApiClient api;
    HttpSampleApp app;
    String start;

    protected abstract Store openStore();

    @BeforeEach
    void begin() {
        start = Instant.now().minusSeconds(5).toString();
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", new FakeRuntime())
                .dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        app = HttpSampleApp.create(api);
        api.post("/api/projects/" + app.project() + "/rename", "{\"name\":\"shop two\"}");
    }

    @AfterEach
    void end() {
        server.close();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String soon() {
        return Instant.now().plusSeconds(1).toString();
    }

    private ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    @Test
    void listShowAndExportsAnswerTheSpecsShapes() {
        JsonNode first = ok(api.get("/api/audit-events?limit=2")).body();
        assertThat(first.get("schemaVersion").asText()).isEqualTo("audit-events.list/v1");
        assertThat(first.get("items").size()).isEqualTo(2);
        List<String> ids = new ArrayList<>();
        first.get("items").forEach(i -> ids.add(i.get("auditEventId").asText()));
        JsonNode second = ok(api.get("/api/audit-events?limit=2&cursor=" + q(first.get("nextCursor").asText()))).body();
        second.get("items").forEach(i -> assertThat(ids).doesNotContain(i.get("auditEventId").asText()));

        JsonNode aboutProject = ok(api.get("/api/audit-events?aggregateId=" + app.project())).body();
        assertThat(aboutProject.get("items").size()).isEqualTo(2);
        assertThat(aboutProject.has("nextCursor")).isFalse();
        String id = aboutProject.at("/items/1/auditEventId").asText();

        JsonNode shown = ok(api.get("/api/audit-events/" + id + "?aggregateId=" + app.project())).body();
        assertThat(shown.get("schemaVersion").asText()).isEqualTo("audit-events.show/v1");
        assertThat(shown.at("/event/payload/operation").asText()).isEqualTo("projects.create");
        assertThat(shown.at("/event/payload/actorKind").asText()).isEqualTo("operator");
        assertThat(api.get("/api/audit-events/" + id + "?aggregateId=" + app.resource()).status()).isEqualTo(404);
        ApiClient.Response missing = api.get("/api/audit-events/aud_987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.domainCode()).isEqualTo("not_found");
        assertThat(api.get("/api/audit-events?limit=101").status()).isEqualTo(400);

        JsonNode export = ok(api.get("/api/audit-events/export?aggregateId=" + app.project() + "&limit=1")).body();
        assertThat(export.get("schemaVersion").asText()).isEqualTo("audit-events.export/v1");
        assertThat(export.get("aggregateId").asText()).isEqualTo(app.project());
        assertThat(export.get("itemCount").asInt()).isEqualTo(1);
        assertThat(export.get("truncated").asBoolean()).isTrue();
        assertThat(export.at("/filters/limit").asInt()).isEqualTo(1);
        ApiClient.Response unscoped = api.get("/api/audit-events/export");
        assertThat(unscoped.status()).isEqualTo(400);
        assertThat(unscoped.domainCode()).isEqualTo("audit_event_scope_required");

        JsonNode global = ok(api.get("/api/audit-events/export-global?from=" + q(start) + "&to=" + q(soon())
                + "&limit=500")).body();
        assertThat(global.get("schemaVersion").asText()).isEqualTo("audit-events.export-global/v1");
        assertThat(global.get("items").size()).isGreaterThanOrEqualTo(5);
        assertThat(global.get("truncated").asBoolean()).isFalse();
        assertThat(api.get("/api/audit-events/export-global?from=" + q(soon()) + "&to=" + q(start)).status())
                .isEqualTo(400);
        assertThat(api.get("/api/audit-events/export-global").status()).isEqualTo(400);
    }

    @Test
    void anExportAskedForAsNdjsonOrCsvStreamsTheSameEventsAsTheJsonExport() throws Exception {
        String window = "from=" + q(start) + "&to=" + q(soon());
        JsonNode json = ok(api.get("/api/audit-events/export-global?" + window + "&limit=500")).body();
        List<String> ids = new ArrayList<>();
        json.get("items").forEach(item -> ids.add(item.get("auditEventId").asText()));

        java.net.http.HttpResponse<String> ndjson = raw("/api/audit-events/export-global?" + window,
                "application/x-ndjson");
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(ndjson.headers().firstValue("Content-Disposition").orElse("")).contains("audit-events.ndjson");
        List<String> streamed = new ArrayList<>();
        for (String line : ndjson.body().split("\n")) {
            JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            assertThat(event.has("payload")).isTrue();
            streamed.add(event.get("auditEventId").asText());
        }
        assertThat(streamed).containsExactlyElementsOf(ids);

        java.net.http.HttpResponse<String> csv = raw("/api/audit-events/export?aggregateId=" + app.project(),
                "text/csv, */*;q=0.5");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("auditEventId,aggregateId,eventType,createdAt,payload,redactedFields");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows[1]).startsWith("aud_").contains(app.project());
        assertThat(raw("/api/audit-events/export?aggregateId=" + app.project(), "text/html").headers()
                .firstValue("Content-Type").orElse("")).as("a type we don't stream gets the spec's JSON")
                .startsWith("application/json");
        assertThat(raw("/api/audit-events/export-global", "text/csv").statusCode())
                .as("the window is still required").isEqualTo(400);
    }

    private java.net.http.HttpResponse<String> raw(String path, String accept) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", accept).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void holdsArchivesAndPruneAnswerTheSpecsShapesAndAHoldKeepsItsEvents() throws Exception {
        JsonNode hold = ok(api.post("/api/audit-events/legal-holds", """
                {"reason":"litigation","aggregateId":"%s","requestedBy":"legal@example.com"}"""
                .formatted(app.project()))).body();
        assertThat(hold.get("schemaVersion").asText()).isEqualTo("audit-events.legal-holds.hold/v1");
        String holdId = hold.at("/hold/holdId").asText();
        assertThat(hold.at("/hold/scope/kind").asText()).isEqualTo("aggregate");
        ApiClient.Response unbounded = api.post("/api/audit-events/legal-holds", "{\"reason\":\"everything\"}");
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.domainCode()).isEqualTo("audit_event_scope_required");
        JsonNode window = ok(api.post("/api/audit-events/legal-holds", """
                {"reason":"window","from":"2020-01-01T00:00:00Z","to":"2020-02-01T00:00:00Z"}""")).body();
        assertThat(window.at("/hold/scope/kind").asText()).isEqualTo("global-window");
        assertThat(ok(api.get("/api/audit-events/legal-holds?status=active&limit=1")).body().has("nextCursor")).isTrue();
        JsonNode shownHold = ok(api.get("/api/audit-events/legal-holds/" + holdId)).body();
        assertThat(shownHold.get("schemaVersion").asText()).isEqualTo("audit-events.legal-holds.show/v1");
        assertThat(api.get("/api/audit-events/legal-holds/hold_nothing").status()).isEqualTo(404);

        JsonNode archive = ok(api.post("/api/audit-events/archives", """
                {"reason":"review","aggregateId":"%s","retainSourceRows":true}""".formatted(app.resource()))).body();
        assertThat(archive.get("schemaVersion").asText()).isEqualTo("audit-events.archives.archive/v1");
        String archiveId = archive.at("/archive/archiveId").asText();
        assertThat(archive.at("/archive/contentDigest").asText()).startsWith("sha256:");
        ok(api.post("/api/audit-events/archives", """
                {"reason":"window","from":"%s","to":"%s","limit":500}""".formatted(start, soon())));
        JsonNode archives = ok(api.get("/api/audit-events/archives?limit=1")).body();
        assertThat(archives.get("schemaVersion").asText()).isEqualTo("audit-events.archives.list/v1");
        assertThat(archives.get("items").size()).isEqualTo(1);
        assertThat(archives.has("nextCursor")).isTrue();
        JsonNode shownArchive = ok(api.get("/api/audit-events/archives/" + archiveId)).body();
        assertThat(shownArchive.get("schemaVersion").asText()).isEqualTo("audit-events.archives.show/v1");
        assertThat(shownArchive.at("/archive/items").size()).isEqualTo(shownArchive.at("/archive/itemCount").asInt())
                .isPositive();
        assertThat(api.post("/api/audit-events/archives", "{\"reason\":\"no scope\"}").status()).isEqualTo(400);

        Thread.sleep(5);
        String before = soon();
        JsonNode dry = ok(api.post("/api/audit-events/prune", "{\"before\":\"" + before + "\"}")).body();
        assertThat(dry.get("schemaVersion").asText()).isEqualTo("audit-events.prune/v1");
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("prunedCount").asLong()).isZero();
        assertThat(dry.get("heldCount").asLong()).isEqualTo(2);
        assertThat(dry.get("activeHoldIds").get(0).asText()).isEqualTo(holdId);
        assertThat(dry.get("activeArchiveIds").get(0).asText()).isEqualTo(archiveId);
        JsonNode pruned = ok(api.post("/api/audit-events/prune", "{\"before\":\"" + before + "\",\"dryRun\":false}")).body();
        assertThat(pruned.get("prunedCount").asLong()).isPositive();
        assertThat(ok(api.get("/api/audit-events?aggregateId=" + app.project())).body().get("items").size())
                .as("held").isEqualTo(2);
        assertThat(ok(api.get("/api/audit-events?aggregateId=" + app.resource())).body().get("items").size())
                .as("retained by the archive").isPositive();
        assertThat(api.post("/api/audit-events/prune", "{}").status()).isEqualTo(400);

        JsonNode released = ok(api.post("/api/audit-events/legal-holds/" + holdId + "/release",
                "{\"releaseReason\":\"settled\",\"releasedBy\":\"legal@example.com\"}")).body();
        assertThat(released.at("/hold/status").asText()).isEqualTo("released");
        assertThat(released.at("/hold/releasedBy").asText()).isEqualTo("legal@example.com");
        ApiClient.Response again = api.post("/api/audit-events/legal-holds/" + holdId + "/release",
                "{\"releaseReason\":\"again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.domainCode()).isEqualTo("audit_legal_hold_released");

        JsonNode archivePrune = ok(api.post("/api/audit-events/archives/prune", "{\"before\":\"" + soon()
                + "\",\"dryRun\":false}")).body();
        assertThat(archivePrune.get("schemaVersion").asText()).isEqualTo("audit-events.archives.prune/v1");
        assertThat(archivePrune.get("prunedCount").asLong()).isEqualTo(2);
        assertThat(archivePrune.at("/countsBySourceKind/global-window").asLong()).isEqualTo(1);
        assertThat(api.get("/api/audit-events/archives/" + archiveId).status()).isEqualTo(404);
    }
}
