package dev.appaloft.http.operatorwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.AppaloftEngineBuilder;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.work.TestWorkKinds;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/operator-work} over HTTP on one store: every answer is checked against the spec by
 * {@link ApiClient}; bad input names its field; another organization's work is a 404.
 */
public abstract class OperatorWorkHttpScenarios {

    static final String TOKEN = "w".repeat(64);

    final TestWorkKinds work = new TestWorkKinds();
    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngineBuilder builder = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .workers(2, Duration.ofSeconds(3), Duration.ofMillis(20)).dailyHousekeeping(false);
        work.kinds().forEach(builder::workKind);
        engine = builder.build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void operatorsListShowRetryAndPruneWorkAsTheSpecSays() {
        WorkItem flaky = engine.enqueue(request(TestWorkKinds.FLAKY).withReference("resourceId", "res_h1")
                .withReference("serverId", "srv_h1"));
        JsonNode dead = awaitStatus(flaky.id(), "dead-lettered");
        assertThat(dead.path("kind").asText()).isEqualTo("runtime-maintenance");
        assertThat(dead.path("serverId").asText()).isEqualTo("srv_h1");
        assertThat(dead.path("errorCode").asText()).isEqualTo("target_unreachable");

        ApiClient.Response list = api.get("/api/operator-work?status=dead-lettered&resourceId=res_h1&limit=10");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("schemaVersion").asText()).isEqualTo("operator-work.list/v1");
        assertThat(ids(list.body().path("items"))).containsExactly(flaky.id());
        assertThat(ids(api.get("/api/operator-work?kind=certificate").body().path("items"))).isEmpty();

        work.healthy.set(true);
        ApiClient.Response retried = api.post("/api/operator-work/" + flaky.id() + "/retry", "{\"reason\":\"fixed\"}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("retryOfWorkId").asText()).isEqualTo(flaky.id());
        awaitStatus(retried.body().path("workId").asText(), "succeeded");

        ApiClient.Response again = api.post("/api/operator-work/" + flaky.id() + "/cancel", "{\"reason\":\"x\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.domainCode()).isEqualTo("operator_work_state_conflict");

        ApiClient.Response dry = api.post("/api/operator-work/prune",
                "{\"before\":\"" + Instant.now().plusSeconds(86_400).toString().replaceAll("\\.\\d+Z$", "Z") + "\"}");
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body().path("dryRun").asBoolean()).isTrue();
        assertThat(dry.body().path("matchedCount").asLong()).isEqualTo(2);
        assertThat(dry.body().path("countsByStatus").path("dead-lettered").asLong()).isEqualTo(1);
    }

    @Test
    void pendingWorkIsCanceledAndDeadLetteredAndBadInputNamesItsField() {
        WorkItem later = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));
        WorkItem other = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));

        ApiClient.Response noReason = api.post("/api/operator-work/" + later.id() + "/cancel", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().toString()).contains("reason");
        ApiClient.Response canceled = api.post("/api/operator-work/" + later.id() + "/cancel", "{\"reason\":\"no\"}");
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.body().path("status").asText()).isEqualTo("canceled");
        ApiClient.Response dead = api.post("/api/operator-work/" + other.id() + "/dead-letter", "{\"reason\":\"bad\"}");
        assertThat(dead.status()).isEqualTo(200);
        assertThat(dead.body().path("deadLetteredAt").asText()).isNotBlank();

        assertThat(api.get("/api/operator-work/" + later.id()).body().path("item").path("status").asText())
                .isEqualTo("canceled");
        ApiClient.Response badStatus = api.get("/api/operator-work?status=sleeping");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().toString()).contains("status");
        ApiClient.Response badBefore = api.post("/api/operator-work/prune", "{\"before\":\"soon\"}");
        assertThat(badBefore.status()).isEqualTo(400);
        assertThat(badBefore.body().toString()).contains("before");
        ApiClient.Response badStatuses = api.post("/api/operator-work/prune",
                "{\"before\":\"2030-01-01T00:00:00Z\",\"statuses\":[\"running\"]}");
        assertThat(badStatuses.status()).isEqualTo(400);
        assertThat(badStatuses.body().toString()).contains("statuses");
    }

    @Test
    void anotherOrganizationsWorkIsNotFound() {
        WorkItem theirs = engine.enqueue(WorkRequest.of(TestWorkKinds.OK, "{}").withOrganizationId("org_elsewhere")
                .withNotBefore(Instant.now().plusSeconds(3600)));

        assertThat(api.get("/api/operator-work/" + theirs.id()).status()).isEqualTo(404);
        assertThat(api.post("/api/operator-work/" + theirs.id() + "/dead-letter", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/operator-work/" + theirs.id() + "/mark-recovered", "{}").status()).isEqualTo(404);
        assertThat(ids(api.get("/api/operator-work").body().path("items"))).doesNotContain(theirs.id());
    }

    private static WorkRequest request(String kind) {
        return WorkRequest.of(kind, "{}").withOrganizationId(dev.appaloft.api.Actor.SELF_HOSTED_ORGANIZATION);
    }

    private JsonNode awaitStatus(String workId, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            ApiClient.Response shown = api.get("/api/operator-work/" + workId);
            assertThat(shown.status()).isEqualTo(200);
            JsonNode item = shown.body().path("item");
            if (item.path("status").asText().equals(status)) {
                return item;
            }
            assertThat(System.nanoTime()).as("work %s reaches %s (now %s)", workId, status, item.path("status"))
                    .isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
