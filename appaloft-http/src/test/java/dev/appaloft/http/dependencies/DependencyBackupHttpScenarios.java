package dev.appaloft.http.dependencies;

import static dev.appaloft.http.ApiResponses.fields;
import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/dependency-resources/.../backups} and {@code /backup-policies} on one store, with a
 * fake machine whose database is one string; {@link ApiClient} checks every answer against the spec.
 */
public abstract class DependencyBackupHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    @TempDir Path work;
    TestHttpServer server;
    ApiClient api;
    String project;
    String env;
    String serverId;
    volatile String data = "original";

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = new FakeVolumes();
        runtime.commands = this::database;
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .workDirectory(work).workers(2, Duration.ofSeconds(5), Duration.ofMillis(50))
                .dailyHousekeeping(false).scheduledDependencyBackups(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        project = id(api.post("/api/projects", "{\"name\":\"shop\"}"));
        env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                + "\",\"name\":\"production\",\"kind\":\"production\"}"));
        serverId = id(api.post("/api/servers", "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CommandResult database(List<String> cmd) {
        if (cmd.get(0).equals("pg_dump")) {
            runtime.files.computeIfAbsent(db().id(), k -> new ConcurrentHashMap<>())
                    .put(cmd.get(cmd.indexOf("-f") + 1), data.getBytes(StandardCharsets.UTF_8));
        } else if (cmd.get(0).equals("pg_restore")) {
            data = new String(runtime.files.get(db().id()).get(cmd.get(cmd.size() - 1)), StandardCharsets.UTF_8);
        }
        return new CommandResult(0, "", "");
    }

    private RuntimeInstance db() {
        return runtime.instances.values().stream().filter(i -> i.labels().containsKey("appaloft.dependency-resource"))
                .findFirst().orElseThrow();
    }

    private String provision(String kind, String name) {
        return id(api.post("/api/dependency-resources/provision", """
                {"kind":"%s","projectId":"%s","environmentId":"%s","serverId":"%s","name":"%s"}"""
                .formatted(kind, project, env, serverId, name)));
    }

    private JsonNode await(String backupId, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            ApiClient.Response shown = api.get("/api/dependency-resources/backups/" + backupId);
            assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
            JsonNode backup = shown.body().get("backup");
            if (until.test(backup)) {
                return backup;
            }
            assertThat(System.nanoTime()).as(shown.raw()).isLessThan(deadline);
            Thread.sleep(30);
        }
    }

    @Test
    void aBackupIsCreatedListedShownAndRestoredAfterTheAcknowledgements() throws Exception {
        String database = provision("postgres", "orders");
        String backups = "/api/dependency-resources/" + database + "/backups";
        String backupId = id(api.post(backups, "{\"description\":\"nightly\"}"));
        JsonNode ready = await(backupId, b -> !b.get("status").asText().equals("pending"));
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("dependencyKind").asText()).isEqualTo("postgres");
        assertThat(ready.get("retentionStatus").asText()).isEqualTo("retained");
        assertThat(ready.has("latestRestoreAttempt")).isFalse();
        String second = id(api.post(backups, null));
        assertThat(second).isNotEqualTo(backupId);
        // one backup or restore of a resource at a time: the restore below waits for this one to end
        assertThat(await(second, b -> !b.get("status").asText().equals("pending")).get("status").asText())
                .isEqualTo("ready");

        ApiClient.Response listed = api.get(backups + "?status=ready");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().get("schemaVersion").asText()).isEqualTo("dependency-resources.backups.list/v1");
        assertThat(listed.body().get("items").findValuesAsText("id")).contains(backupId);
        assertThat(api.get(backups + "?status=failed").body().get("items")).isEmpty();
        assertThat(api.get("/api/dependency-resources/dep_unknown/backups").status()).isEqualTo(404);
        assertThat(api.get("/api/dependency-resources/backups/dbk_unknown").status()).isEqualTo(404);

        data = "changed";
        String restore = "/api/dependency-resources/backups/" + backupId + "/restore";
        assertThat(fields(api.post(restore, "{\"acknowledgeDataOverwrite\":false,\"acknowledgeRuntimeNotRestarted\":true}")))
                .contains("acknowledgeDataOverwrite");
        ApiClient.Response accepted = api.post(restore,
                "{\"acknowledgeDataOverwrite\":true,\"acknowledgeRuntimeNotRestarted\":true,\"restoreLabel\":\"undo\"}");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        JsonNode restored = await(backupId, b -> b.has("latestRestoreAttempt")
                && !b.get("latestRestoreAttempt").get("status").asText().equals("pending"));
        assertThat(restored.get("latestRestoreAttempt").get("status").asText()).isEqualTo("completed");
        assertThat(restored.get("latestRestoreAttempt").get("attemptId").asText()).isEqualTo(accepted.body().get("id").asText());
        assertThat(data).isEqualTo("original");
    }

    @Test
    void policiesAreConfiguredListedAndShown() {
        String database = provision("postgres", "orders");
        String policies = "/api/dependency-resources/backup-policies";
        String policy = id(api.post(policies, "{\"dependencyResourceId\":\"" + database
                + "\",\"retentionDays\":7,\"scheduleIntervalHours\":24,\"nextRunAt\":\"2030-01-01T00:00:00Z\"}"));
        ApiClient.Response shown = api.get(policies + "/" + policy);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().get("schemaVersion").asText()).isEqualTo("dependency-resource-backup-policies.show/v1");
        assertThat(shown.body().get("policy").get("lastRunAt").isNull()).isTrue();
        assertThat(shown.body().get("policy").get("nextRunAt").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
        ApiClient.Response listed = api.get(policies + "?enabledOnly=true&dependencyResourceId=" + database
                + "&dueAt=2030-01-02T00:00:00Z");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().get("items").findValuesAsText("id")).containsExactly(policy);
        assertThat(api.get(policies + "?dueAt=2029-01-01T00:00:00Z").body().get("items")).isEmpty();
        assertThat(fields(api.post(policies, "{\"dependencyResourceId\":\"" + database
                + "\",\"retentionDays\":0,\"scheduleIntervalHours\":24}"))).contains("retentionDays");
        assertThat(api.get(policies + "/dbp_unknown").status()).isEqualTo(404);

        String cache = provision("redis", "cache");
        ApiClient.Response redis = api.post("/api/dependency-resources/" + cache + "/backups", "{}");
        assertThat(redis.status()).as(redis.raw()).isEqualTo(201);
    }
}
