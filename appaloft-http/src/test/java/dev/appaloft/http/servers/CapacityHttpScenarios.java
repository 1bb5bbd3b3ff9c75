package dev.appaloft.http.servers;

import dev.appaloft.http.HttpSampleApp;
import static dev.appaloft.http.ApiResponses.id;
import static dev.appaloft.http.ApiResponses.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeCapacity;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/servers/{id}/capacity}, {@code .../capacity/prune} and {@code /api/servers/capacity/policies}
 * on one store, with a fake machine; {@link ApiClient} checks every answer against the spec.
 */
public abstract class CapacityHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    final FakeCapacity capacity = new FakeCapacity();
    TestHttpServer server;
    ApiClient api;
    String serverId;
    String failed;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.capacity = capacity;
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        HttpSampleApp app = HttpSampleApp.create(api);
        String project = app.project();
        String env = app.env();
        String resource = app.resource();
        serverId = app.serverId();
        runtime.healthy = false;
        failed = id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, serverId)));
        runtime.healthy = true;
        capacity.containers.add(FakeCapacity.container("c-failed", failed, resource, false,
                Instant.now().minus(Duration.ofDays(10)), "data"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void inspectAnswersTheSpecsShapeWithTheEngineInHeaders() {
        ApiClient.Response inspected = api.get("/api/servers/" + serverId + "/capacity");
        assertThat(inspected.status()).as(inspected.raw()).isEqualTo(200);
        JsonNode body = inspected.body();
        assertThat(body.get("schemaVersion").asText()).isEqualTo("servers.capacity.inspect/v1");
        assertThat(body.get("appaloftContainers").get(0).get("deploymentId").asText()).isEqualTo(failed);
        assertThat(body.get("memory").get("total").asLong()).isEqualTo(8_000_000_000L);
        assertThat(body.get("appaloftRuntime").get("stateRoot").get("size").isNull()).isTrue();
        assertThat(inspected.http().headers().firstValue("Appaloft-Docker-Version")).hasValue("20.10.24");
        assertThat(inspected.http().headers().firstValue("Appaloft-Docker-Objects"))
                .hasValue("images=3; containers=2; volumes=0");
        assertThat(api.get("/api/servers/srv_unknown/capacity").status()).isEqualTo(404);
    }

    @Test
    void pruneIsADryRunUnlessToldAndRefusesBadInputNamingTheField() {
        String before = Instant.now().minus(Duration.ofDays(1)).toString().replaceAll("\\.\\d+Z$", "Z");
        ApiClient.Response dry = api.post("/api/servers/" + serverId + "/capacity/prune", "{\"before\":\"" + before + "\"}");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.body().get("categories").toString())
                .isEqualTo("[\"stopped-containers\",\"preview-workspaces\",\"source-workspaces\"]");
        assertThat(dry.raw()).contains("\"action\":\"matched\"", "\"skippedReason\":\"volume-excluded\"",
                "\"skippedReason\":\"unsupported-category\"");
        assertThat(capacity.removed).isEmpty();

        ApiClient.Response real = api.post("/api/servers/" + serverId + "/capacity/prune", "{\"before\":\"" + before
                + "\",\"dryRun\":false,\"categories\":[\"stopped-containers\",\"unused-images\"]}");
        assertThat(real.status()).as(real.raw()).isEqualTo(200);
        assertThat(real.body().get("summary").get("prunedCount").asInt()).isEqualTo(1);
        assertThat(capacity.removed).containsExactly("c-failed");

        assertThat(fields(api.post("/api/servers/" + serverId + "/capacity/prune", "{}"))).contains("before");
        assertThat(fields(api.post("/api/servers/" + serverId + "/capacity/prune", "{\"before\":\"yesterday\"}")))
                .contains("before");
        assertThat(fields(api.post("/api/servers/" + serverId + "/capacity/prune", "{\"before\":\"" + before
                + "\",\"categories\":[\"volumes\"]}"))).contains("categories");
        assertThat(api.post("/api/servers/srv_unknown/capacity/prune", "{\"before\":\"" + before + "\"}").status())
                .isEqualTo(404);
    }

    @Test
    void policiesAreConfiguredListedAndShownAsTheSpecSays() {
        ApiClient.Response configured = api.post("/api/servers/capacity/policies",
                "{\"scope\":\"environment\",\"retentionDays\":3,\"serverId\":\"" + serverId + "\",\"destructive\":true}");
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        String id = configured.body().get("id").asText();
        ApiClient.Response again = api.post("/api/servers/capacity/policies",
                "{\"scope\":\"environment\",\"retentionDays\":3,\"serverId\":\"" + serverId + "\",\"destructive\":true}");
        assertThat(again.body().get("id").asText()).isEqualTo(id);
        assertThat(api.post("/api/servers/capacity/policies", "{\"scope\":\"defaults\",\"retentionDays\":30,"
                + "\"enabled\":false}").status()).isEqualTo(200);

        JsonNode list = api.get("/api/servers/capacity/policies?enabledOnly=true").body();
        assertThat(list.get("schemaVersion").asText()).isEqualTo("scheduled-runtime-prune-policies.list/v1");
        assertThat(list.get("items")).hasSize(1);
        assertThat(api.get("/api/servers/capacity/policies?scope=defaults").body().get("items").get(0)
                .get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/servers/capacity/policies?serverId=" + serverId).body().get("items")).hasSize(1);
        JsonNode shown = api.get("/api/servers/capacity/policies/" + id).body();
        assertThat(shown.get("policy").get("destructive").asBoolean()).isTrue();
        assertThat(shown.get("policy").get("categories").toString()).isEqualTo("[\"stopped-containers\"]");
        ApiClient.Response none = api.get("/api/servers/capacity/policies/rpp_unknown");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().get("policy").isNull()).isTrue();

        assertThat(fields(api.post("/api/servers/capacity/policies", "{\"scope\":\"galaxy\",\"retentionDays\":0}")))
                .contains("scope", "retentionDays");
        assertThat(fields(api.post("/api/servers/capacity/policies", "{\"scope\":\"system\",\"retentionDays\":1,"
                + "\"categories\":[]}"))).contains("categories");
        assertThat(fields(api.get("/api/servers/capacity/policies?enabledOnly=perhaps"))).contains("enabledOnly");
        assertThat(api.post("/api/servers/capacity/policies", "{\"scope\":\"system\",\"retentionDays\":1,"
                + "\"serverId\":\"srv_unknown\"}").status()).isEqualTo(404);
    }
}
