package dev.appaloft.http.terminal;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/terminal-sessions/...} and the attach WebSocket on one store, with the runtime
 * double's echo terminal; {@link ApiClient} checks every answer against the spec.
 */
public abstract class TerminalHttpScenarios {

    static final String TOKEN = "w".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    TestHttpServer server;
    ApiClient api;
    HttpSampleApp app;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", new FakeEdgeProxy()).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        app = HttpSampleApp.create(api);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    void deploy() {
        id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(app.project(), app.env(), app.resource(), app.serverId())));
    }

    String open() {
        ApiClient.Response opened = api.post("/api/terminal-sessions", """
                {"scope":{"kind":"resource","resourceId":"%s"},"initialRows":30,"initialCols":100}"""
                .formatted(app.resource()));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        return opened.body().get("sessionId").asText();
    }

    @Test
    void openAttachTypeResizeListShowClose() throws Exception {
        deploy();
        String id = open();
        ApiClient.Response list = api.get("/api/terminal-sessions?scope=resource&resourceId=" + app.resource()
                + "&limit=5");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().get("items")).hasSize(1);
        ApiClient.Response shown = api.get("/api/terminal-sessions/" + id);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().get("item").get("status").asText()).isEqualTo("active");

        TerminalWsClient client = (TerminalWsClient) TerminalWsClient.connect(server.port(), id, TOKEN);
        client.type("echo hi\n");
        assertThat(client.awaitOutput(o -> o.contains("echo hi"), Duration.ofSeconds(5))).contains("echo hi");
        client.resize(40, 120);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runtime.terminals.get(0).resizes.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(runtime.terminals.get(0).resizes).containsExactly("40x120");

        ApiClient.Response closed = api.post("/api/terminal-sessions/" + id + "/close", null);
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().get("closed").asBoolean()).isTrue();
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(client.messages).contains("{\"type\":\"ended\",\"reason\":\"closed\"}");
        assertThat(api.get("/api/terminal-sessions/" + id).status()).isEqualTo(404);
        assertThat(TerminalWsClient.connect(server.port(), id, TOKEN)).as("an ended session").isEqualTo(404);
    }

    @Test
    void theUpgradeIsAuthenticatedAndBadInputIsA400NamingTheField() {
        deploy();
        String id = open();
        assertThat(TerminalWsClient.connect(server.port(), id, "x".repeat(64))).isEqualTo(401);
        assertThat(TerminalWsClient.connect(server.port(), "term_missing", TOKEN)).isEqualTo(404);
        ApiClient.Response bad = api.post("/api/terminal-sessions", """
                {"scope":{"kind":"resource","resourceId":"%s"},"relativeDirectory":"../etc"}"""
                .formatted(app.resource()));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("relativeDirectory");
        ApiClient.Response outOfRange = api.post("/api/terminal-sessions", """
                {"scope":{"kind":"resource","resourceId":"%s"},"initialRows":5}""".formatted(app.resource()));
        assertThat(outOfRange.status()).as(outOfRange.raw()).isEqualTo(400);
        assertThat(outOfRange.raw()).contains("initialRows");
        ApiClient.Response server = api.post("/api/terminal-sessions", """
                {"scope":{"kind":"server","serverId":"%s"}}""".formatted(app.serverId()));
        assertThat(server.status()).as(server.raw()).isEqualTo(400);
        assertThat(server.raw()).contains("terminal_session_scope_unsupported");
    }

    @Test
    void expireEndsWhatWasOpenedBeforeTheInstant() {
        deploy();
        String id = open();
        ApiClient.Response none = api.post("/api/terminal-sessions/expire", "{}");
        assertThat(none.status()).as(none.raw()).isEqualTo(200);
        assertThat(none.body().get("expiredCount").asInt()).isZero();
        ApiClient.Response expired = api.post("/api/terminal-sessions/expire",
                "{\"olderThan\":\"2999-01-01T00:00:00Z\",\"limit\":\"10\"}");
        assertThat(expired.status()).as(expired.raw()).isEqualTo(200);
        assertThat(expired.body().get("sessionIds").get(0).asText()).isEqualTo(id);
        assertThat(runtime.terminals.get(0).closed).isTrue();
    }
}
