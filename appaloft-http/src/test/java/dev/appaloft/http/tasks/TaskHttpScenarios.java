package dev.appaloft.http.tasks;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.TaskRunResult;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/scheduled-tasks/...} and {@code /api/scheduled-task-runs/...} on one store, with the
 * runtime double's task containers; {@link ApiClient} checks every answer against the spec.
 */
public abstract class TaskHttpScenarios {

    static final String TOKEN = "s".repeat(64);
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

    String createTask(String command, int retryLimit) {
        ApiClient.Response created = api.post("/api/scheduled-tasks", """
                {"resourceId":"%s","schedule":"0 0 29 2 *","timezone":"Asia/Tokyo","commandIntent":"%s",
                 "timeoutSeconds":60,"retryLimit":%d,"idempotencyKey":"create-%s"}"""
                .formatted(app.resource(), command, retryLimit, command.hashCode()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("task").get("taskId").asText();
    }

    JsonNode awaitEnded(String runId) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            ApiClient.Response shown = api.get("/api/scheduled-task-runs/" + runId);
            assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
            String status = shown.body().get("run").get("status").asText();
            if (List.of("succeeded", "failed", "skipped").contains(status)) {
                return shown.body().get("run");
            }
            assertThat(System.nanoTime()).as("waited 15 s for run " + runId).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void createListShowConfigureAndDeleteATask() {
        String id = createTask("php artisan schedule:run", 2);
        assertThat(createTask("php artisan schedule:run", 2)).as("the same idempotency key").isEqualTo(id);
        ApiClient.Response list = api.get("/api/scheduled-tasks?resourceId=" + app.resource() + "&status=enabled&limit=10");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().get("items")).hasSize(1);
        ApiClient.Response shown = api.get("/api/scheduled-tasks/" + id + "?resourceId=" + app.resource());
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().get("task").get("timezone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(api.get("/api/scheduled-tasks/" + id + "?resourceId=res_other").status()).isEqualTo(404);

        ApiClient.Response configured = api.post("/api/scheduled-tasks/" + id, """
                {"resourceId":"%s","schedule":"0 2 * * 1","status":"disabled"}""".formatted(app.resource()));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.body().get("task").get("schedule").asText()).isEqualTo("0 2 * * 1");
        assertThat(configured.body().get("task").get("status").asText()).isEqualTo("disabled");

        ApiClient.Response deleted = api.delete("/api/scheduled-tasks/" + id, """
                {"resourceId":"%s"}""".formatted(app.resource()));
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(deleted.body().get("status").asText()).isEqualTo("deleted");
        assertThat(api.get("/api/scheduled-tasks/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBadScheduleOrZoneIsA400NamingTheField() {
        ApiClient.Response bad = api.post("/api/scheduled-tasks", """
                {"resourceId":"%s","schedule":"every day","timezone":"UTC","commandIntent":"true",
                 "timeoutSeconds":60,"retryLimit":0}""".formatted(app.resource()));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("validation_error").contains("\"schedule\"");
        ApiClient.Response zone = api.post("/api/scheduled-tasks", """
                {"resourceId":"%s","schedule":"0 * * * *","timezone":"Moon/Base","commandIntent":"true",
                 "timeoutSeconds":60,"retryLimit":0}""".formatted(app.resource()));
        assertThat(zone.status()).as(zone.raw()).isEqualTo(400);
        assertThat(zone.raw()).contains("\"timezone\"").doesNotContain("\"schedule\"");
        ApiClient.Response missing = api.post("/api/scheduled-tasks", """
                {"resourceId":"res_nowhere","schedule":"0 * * * *","timezone":"UTC","commandIntent":"true",
                 "timeoutSeconds":60,"retryLimit":0}""");
        assertThat(missing.status()).as(missing.raw()).isEqualTo(404);
        assertThat(api.get("/api/scheduled-tasks").body().get("items")).isEmpty();
    }

    @Test
    void runNowIsAcceptedThenItsRunShowsTheOutcomeAndItsLogs() throws Exception {
        deploy();
        runtime.tasks = request -> new TaskRunResult(4, false, List.of(
                new InstanceLogLine(InstanceLogLine.Stream.STDOUT, Instant.now(), "working"),
                new InstanceLogLine(InstanceLogLine.Stream.STDERR, Instant.now(), "broken")), false);
        String task = createTask("./job", 1);
        ApiClient.Response accepted = api.post("/api/scheduled-tasks/" + task + "/runs", """
                {"resourceId":"%s","idempotencyKey":"now-1","requestedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(app.resource()));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        String runId = accepted.body().get("run").get("runId").asText();
        assertThat(accepted.body().get("run").get("triggerKind").asText()).isEqualTo("manual");

        JsonNode run = awaitEnded(runId);
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("exitCode").asInt()).isEqualTo(4);
        assertThat(runtime.taskRuns).hasSize(2);
        ApiClient.Response again = api.post("/api/scheduled-tasks/" + task + "/runs", """
                {"resourceId":"%s","idempotencyKey":"now-1"}""".formatted(app.resource()));
        assertThat(again.body().get("run").get("runId").asText()).as("the same idempotency key").isEqualTo(runId);

        ApiClient.Response runs = api.get("/api/scheduled-task-runs?taskId=" + task + "&status=failed"
                + "&triggerKind=manual&limit=5");
        assertThat(runs.status()).as(runs.raw()).isEqualTo(200);
        assertThat(runs.body().get("items")).hasSize(1);
        ApiClient.Response logs = api.get("/api/scheduled-task-runs/" + runId + "/logs?limit=100");
        assertThat(logs.status()).as(logs.raw()).isEqualTo(200);
        assertThat(logs.raw()).contains("\"stdout\"").contains("working").contains("\"stderr\"").contains("broken")
                .contains("\"system\"");
        ApiClient.Response page = api.get("/api/scheduled-task-runs/" + runId + "/logs?limit=1");
        assertThat(page.body().get("entries")).hasSize(1);
        assertThat(page.body().get("nextCursor").asText()).isEqualTo("1");
        ApiClient.Response shownTask = api.get("/api/scheduled-tasks/" + task);
        assertThat(shownTask.body().get("task").get("latestRun").get("runId").asText()).isEqualTo(runId);
        assertThat(api.get("/api/scheduled-task-runs/" + runId + "?taskId=stk_other").status()).isEqualTo(404);
        assertThat(api.get("/api/scheduled-task-runs/str_missing/logs").status()).isEqualTo(404);
    }

    @Test
    void aRunOfADisabledTaskIsSkippedAtOnce() {
        String task = createTask("true", 0);
        api.post("/api/scheduled-tasks/" + task, """
                {"resourceId":"%s","status":"disabled"}""".formatted(app.resource()));
        ApiClient.Response accepted = api.post("/api/scheduled-tasks/" + task + "/runs", """
                {"resourceId":"%s"}""".formatted(app.resource()));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().get("run").get("status").asText()).isEqualTo("skipped");
        assertThat(accepted.body().get("run").get("skippedReason").asText()).isEqualTo("task-disabled");
    }
}
