package dev.appaloft.http.operatorwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/domain-events/prune} and {@code POST /api/provider-job-logs/prune} on one store;
 * {@link ApiClient} checks every answer against the spec. A resource runs on a fake runtime, so a
 * runtime stop leaves a provider job log row to prune.
 */
public abstract class RetentionPruneHttpScenarios {

    static final String TOKEN = "p".repeat(64);

    final FakeRuntime runtime = new FakeRuntime();
    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;
    String resource;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        String project = id(api.post("/api/projects", "{\"name\":\"shop\"}"));
        String env = id(api.post("/api/environments",
                "{\"projectId\":\"" + project + "\",\"name\":\"production\",\"kind\":\"production\"}"));
        resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)));
        String serverId = id(api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
        id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, serverId)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void domainEventsAreCountedByDefaultAndPrunedWhenAsked() {
        String before = soon();
        ApiClient.Response dry = api.post("/api/domain-events/prune", "{\"before\":\"" + before + "\"}");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        JsonNode counted = dry.body();
        assertThat(counted.path("schemaVersion").asText()).isEqualTo("domain-events.prune/v1");
        assertThat(counted.path("dryRun").asBoolean()).isTrue();
        assertThat(counted.path("candidateCount").asLong()).isPositive();
        assertThat(counted.path("prunedCount").asLong()).isZero();
        assertThat(counted.path("countsByEventType").path("project.created").asLong()).isEqualTo(1);
        assertThat(counted.path("skippedCountsByReason").isObject()).isTrue();

        ApiClient.Response one = api.post("/api/domain-events/prune", """
                {"before":"%s","aggregateType":"project","limit":1,"dryRun":false}""".formatted(before));
        assertThat(one.status()).as(one.raw()).isEqualTo(200);
        assertThat(one.body().path("prunedCount").asLong()).isEqualTo(1);
        assertThat(one.body().path("limit").asInt()).isEqualTo(1);
        assertThat(one.body().path("aggregateType").asText()).isEqualTo("project");
        ApiClient.Response after = api.post("/api/domain-events/prune", """
                {"before":"%s","eventType":"project.created"}""".formatted(before));
        assertThat(after.body().path("candidateCount").asLong()).isZero();
    }

    @Test
    void providerJobLogsOfRuntimeControlsArePrunedByProvider() {
        assertThat(api.post("/api/resources/" + resource + "/runtime/stop", "{}").status()).isEqualTo(202);
        String before = soon();

        ApiClient.Response dry = api.post("/api/provider-job-logs/prune", "{\"before\":\"" + before + "\"}");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().path("schemaVersion").asText()).isEqualTo("provider-job-logs.prune/v1");
        assertThat(dry.body().path("matchedCount").asLong()).isEqualTo(1);
        assertThat(dry.body().path("countsByProviderKey").path("local-shell").asLong()).isEqualTo(1);
        ApiClient.Response elsewhere = api.post("/api/provider-job-logs/prune",
                "{\"before\":\"" + before + "\",\"providerKey\":\"generic-ssh\",\"dryRun\":false}");
        assertThat(elsewhere.body().path("prunedCount").asLong()).isZero();
        assertThat(elsewhere.body().path("providerKey").asText()).isEqualTo("generic-ssh");

        ApiClient.Response pruned = api.post("/api/provider-job-logs/prune", """
                {"before":"%s","resourceId":"%s","dryRun":false}""".formatted(before, resource));
        assertThat(pruned.status()).as(pruned.raw()).isEqualTo(200);
        assertThat(pruned.body().path("prunedCount").asLong()).isEqualTo(1);
        assertThat(api.post("/api/provider-job-logs/prune", "{\"before\":\"" + before + "\"}").body()
                .path("matchedCount").asLong()).isZero();
    }

    @Test
    void badInputNamesItsField() {
        String before = soon();
        assertBadField("/api/domain-events/prune", "{}", "before");
        assertBadField("/api/domain-events/prune", "{\"before\":\"soon\"}", "before");
        assertBadField("/api/domain-events/prune", "{\"before\":\"" + before + "\",\"limit\":0}", "limit");
        assertBadField("/api/domain-events/prune", "{\"before\":\"" + before + "\",\"limit\":10001}", "limit");
        assertBadField("/api/domain-events/prune", "{\"before\":\"" + before + "\",\"limit\":\"all\"}", "limit");
        assertBadField("/api/provider-job-logs/prune", "{\"dryRun\":false}", "before");
        assertBadField("/api/provider-job-logs/prune", "{\"before\":\"2030-02-30T00:00:00Z\"}", "before");
    }

    private void assertBadField(String path, String body, String field) {
        ApiClient.Response response = api.post(path, body);
        assertThat(response.status()).as(body + " -> " + response.raw()).isEqualTo(400);
        assertThat(response.body().toString()).as(body).contains(field);
    }

    /** A cutoff just after everything the test wrote. */
    private static String soon() {
        return Timestamps.format(Instant.now().plusSeconds(1));
    }

    static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
