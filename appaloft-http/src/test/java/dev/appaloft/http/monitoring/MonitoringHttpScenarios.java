package dev.appaloft.http.monitoring;

import static dev.appaloft.http.ApiResponses.fields;
import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeCapacity;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/runtime-monitoring/*} and {@code /api/runtime-usage/inspect} on one store, with a
 * fake machine; {@link ApiClient} checks every answer against the spec. The scope comes as a
 * deepObject ({@code scope[kind]=resource&scope[resourceId]=...}) or in its dotted form.
 */
public abstract class MonitoringHttpScenarios {

    static final String TOKEN = "m".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    final FakeCapacity capacity = new FakeCapacity();
    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;
    HttpSampleApp app;
    String deployment;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.capacity = capacity;
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).runtimeMonitoring(Duration.ZERO, Duration.ofHours(24))
                .dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        app = HttpSampleApp.create(api);
        deployment = id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(app.project(), app.env(), app.resource(), app.serverId())));
        capacity.stats = List.of(FakeCapacity.stats("c-web", deployment, app.resource(), 72.5, 50_000_000L));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String resourceScope() {
        return "scope[kind]=resource&scope[resourceId]=" + app.resource();
    }

    @Test
    void samplesAndRollupsAnswerTheSpecsShape() {
        assertThat(api.get("/api/runtime-monitoring/samples?" + resourceScope()).body().get("samples").size()).isZero();
        engine.sampleRuntimeMonitoring();
        // a rollup tells passes apart by their observation time: two in one instant would count as one
        sleepPastOneSecond();
        engine.sampleRuntimeMonitoring();

        ApiClient.Response samples = api.get("/api/runtime-monitoring/samples?" + resourceScope() + "&limit=1");
        assertThat(samples.status()).as(samples.raw()).isEqualTo(200);
        JsonNode body = samples.body();
        assertThat(body.get("schemaVersion").asText()).isEqualTo("runtime-monitoring.samples.list/v1");
        assertThat(body.get("samples").size()).isEqualTo(1);
        assertThat(body.at("/samples/0/totals/cpu/containerCpuPercent").asDouble()).isEqualTo(72.5);
        assertThat(body.at("/retention/rawRetentionHours").asDouble()).isEqualTo(24.0);

        ApiClient.Response dotted = api.get("/api/runtime-monitoring/samples?scope.kind=server&scope.serverId="
                + app.serverId() + "&signals=cpu,memory");
        assertThat(dotted.status()).as(dotted.raw()).isEqualTo(200);
        assertThat(dotted.body().at("/samples/0/totals/cpu/loadAverage1m").asDouble()).isEqualTo(0.5);
        assertThat(dotted.body().at("/samples/0/totals/disk").isMissingNode()).isTrue();

        String from = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        String to = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiClient.Response rollup = api.get("/api/runtime-monitoring/rollup?" + resourceScope() + "&bucket=five-minute"
                + "&window[from]=" + from + "&window[to]=" + to);
        assertThat(rollup.status()).as(rollup.raw()).isEqualTo(200);
        assertThat(rollup.body().get("bucket").asText()).isEqualTo("five-minute");
        assertThat(rollup.body().at("/totals/cpu/containerCpuPercent").asDouble()).isEqualTo(72.5);
        assertThat(rollup.body().at("/deploymentMarkers/0/deploymentId").asText()).isEqualTo(deployment);
        ApiClient.Response serverRollup = api.get("/api/runtime-monitoring/rollup?scope[kind]=server&scope[serverId]="
                + app.serverId() + "&bucket=minute");
        assertThat(serverRollup.status()).as(serverRollup.raw()).isEqualTo(200);
        assertThat(serverRollup.body().at("/topContributors/0/scope/resourceId").asText()).isEqualTo(app.resource());
    }

    @Test
    void aThresholdIsConfiguredAndShownWithItsEvaluation() {
        ApiClient.Response none = api.get("/api/runtime-monitoring/thresholds?" + resourceScope());
        assertThat(none.status()).as(none.raw()).isEqualTo(200);
        assertThat(none.body().get("policy").isNull()).isTrue();
        assertThat(none.body().at("/evaluation/state").asText()).isEqualTo("unknown");

        ApiClient.Response configured = api.post("/api/runtime-monitoring/thresholds", """
                {"scope":{"kind":"resource","resourceId":"%s"},
                 "rules":[{"signal":"cpu","metric":"containerCpuPercent","warning":50,"critical":90}]}"""
                .formatted(app.resource()));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        String policyId = configured.body().at("/policy/policyId").asText();
        assertThat(configured.body().at("/policy/schemaVersion").asText())
                .isEqualTo("runtime-monitoring-thresholds.policy/v1");

        engine.sampleRuntimeMonitoring();
        ApiClient.Response shown = api.get("/api/runtime-monitoring/thresholds?policyId=" + policyId);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().at("/evaluation/state").asText()).isEqualTo("warning");
        assertThat(shown.body().at("/evaluation/crossed/0/observedValue").asDouble()).isEqualTo(72.5);
        assertThat(shown.body().at("/scope/resourceId").asText()).isEqualTo(app.resource());
    }

    @Test
    void usageIsInspectedLive() {
        ApiClient.Response usage = api.get("/api/runtime-usage/inspect?" + resourceScope());
        assertThat(usage.status()).as(usage.raw()).isEqualTo(200);
        assertThat(usage.body().get("schemaVersion").asText()).isEqualTo("runtime-usage.inspect/v1");
        assertThat(usage.body().get("freshness").asText()).isEqualTo("live");
        assertThat(usage.body().at("/byResource/0/totals/cpu/containerCpuPercent").asDouble()).isEqualTo(72.5);
        assertThat(usage.body().at("/artifacts/0/runtimeId").asText()).isEqualTo("c-web");
        ApiClient.Response flat = api.get("/api/runtime-usage/inspect?scopeKind=server&serverId=" + app.serverId()
                + "&includeArtifacts=false");
        assertThat(flat.status()).as(flat.raw()).isEqualTo(200);
        assertThat(flat.body().at("/totals/memory/totalBytes").asLong()).isEqualTo(8_000_000_000L);
        assertThat(flat.body().get("artifacts").size()).isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldAndUnknownScopesA404() {
        assertThat(fields(api.get("/api/runtime-monitoring/samples"))).contains("scope");
        assertThat(fields(api.get("/api/runtime-monitoring/samples?scope[kind]=galaxy&scope[resourceId]=x")))
                .contains("scope");
        assertThat(fields(api.get("/api/runtime-monitoring/rollup?" + resourceScope()))).contains("bucket");
        assertThat(fields(api.get("/api/runtime-monitoring/samples?" + resourceScope() + "&limit=0"))).contains("limit");
        assertThat(fields(api.get("/api/runtime-monitoring/samples?" + resourceScope()
                + "&window[from]=2026-01-02T00:00:00Z&window[to]=2026-01-01T00:00:00Z"))).contains("window");
        assertThat(fields(api.post("/api/runtime-monitoring/thresholds", """
                {"scope":{"kind":"resource","resourceId":"%s"},"rules":[{"signal":"cpu","metric":"rxBytes","warning":1}]}"""
                .formatted(app.resource())))).contains("rules");
        assertThat(fields(api.post("/api/runtime-monitoring/thresholds", """
                {"scope":{"kind":"resource","resourceId":"%s"},"rules":[]}""".formatted(app.resource()))))
                .contains("rules");
        assertThat(api.get("/api/runtime-monitoring/samples?scope[kind]=resource&scope[resourceId]=res_unknown")
                .status()).isEqualTo(404);
        assertThat(api.get("/api/runtime-usage/inspect?scope[kind]=server&scope[serverId]=srv_unknown").status())
                .isEqualTo(404);
    }

    private static void sleepPastOneSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
