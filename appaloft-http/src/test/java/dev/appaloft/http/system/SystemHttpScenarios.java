package dev.appaloft.http.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.system.AppaloftPlugin;
import dev.appaloft.api.system.CapabilityDetail;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeCapacity;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/providers}, {@code /api/plugins} and {@code /api/system/doctor} on one store: they
 * report what the engine was built with; {@link ApiClient} checks every answer against the spec.
 */
public abstract class SystemHttpScenarios {

    static final String TOKEN = "s".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    Store store;
    TestHttpServer server;
    ApiClient api;

    static final byte[] RELEASE = "appaloft-server 2.0.0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static com.sun.net.httpserver.HttpServer releases;
    @org.junit.jupiter.api.io.TempDir java.nio.file.Path upgrades;

    protected abstract Store openStore();

    /** A release server: a manifest naming 2.0.0 with its real digest, and the release itself. */
    @org.junit.jupiter.api.BeforeAll
    static void serveReleases() throws java.io.IOException {
        releases = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String sha = java.util.HexFormat.of().formatHex(com.google.common.hash.Hashing.sha256().hashBytes(RELEASE)
                .asBytes());
        byte[] manifest = ("{\"version\":\"2.0.0\",\"url\":\"/releases/2.0.0.jar\",\"sha256\":\"" + sha + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        releases.createContext("/manifest.json", ex -> reply(ex, manifest));
        releases.createContext("/releases/2.0.0.jar", ex -> reply(ex, RELEASE));
        releases.start();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws java.io.IOException {
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopReleases() {
        releases.stop(0);
    }

    @BeforeEach
    void start() {
        runtime.capacity = new FakeCapacity();
        store = openStore();
        AppaloftEngine engine = AppaloftEngine.builder().store(store)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .runtimeMonitoring(Duration.ZERO, Duration.ofHours(24)).scheduledRuntimePrune(true)
                .dailyHousekeeping(false).plugin(new BillingPlugin())
                .instanceUpgrade(new dev.appaloft.api.system.InstanceUpgradeSettings("1.0.0", java.net.URI.create(
                        "http://127.0.0.1:" + releases.getAddress().getPort() + "/manifest.json"), upgrades)).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode item(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false).filter(i -> i.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no item with " + field + " " + value + " in " + items));
    }

    @Test
    void providersAreTheRuntimesAndServicesTheEngineWasBuiltWith() {
        ApiClient.Response answer = api.get("/api/providers");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode items = answer.body().get("items");
        JsonNode local = item(items, "key", "local-shell");
        assertThat(local.get("category").asText()).isEqualTo("deploy-target");
        assertThat(local.get("capabilities")).extracting(JsonNode::asText).contains("deploy", "capacity")
                .doesNotContain("storage-volumes"); // the fake runtime has no volumes
        assertThat(local.at("/configuration/status").asText()).isEqualTo("configured");
        JsonNode access = item(items, "key", "default-access-domain");
        assertThat(access.at("/configuration/status").asText()).isEqualTo("partial");
        assertThat(access.at("/configuration/diagnostics/0/code").asText()).isEqualTo("default-access-local-only");
        assertThat(items).extracting(i -> i.get("key").asText()).doesNotContain("generic-ssh"); // none configured
    }

    @Test
    void pluginsAreTheBuiltInPartsAndTheInstalledExtensions() {
        ApiClient.Response answer = api.get("/api/plugins");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode items = answer.body().get("items");
        JsonNode storePart = item(items, "name", "store-" + store.kind());
        assertThat(storePart.get("kind").asText()).isEqualTo("system-extension");
        assertThat(storePart.get("compatible").asBoolean()).isTrue();
        JsonNode billing = item(items, "name", "billing");
        assertThat(billing.get("kind").asText()).isEqualTo("user-extension");
        assertThat(billing.get("version").asText()).isEqualTo("2.1.0");
        assertThat(billing.get("capabilities")).extracting(JsonNode::asText).containsExactly("invoices");
        assertThat(billing.at("/capabilityDetails/1/enabled").asBoolean()).isFalse();
    }

    @Test
    void theDoctorReportsTheStoreProvidersAndWhichWorkersRun() {
        ApiClient.Response answer = api.get("/api/system/doctor");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.at("/readiness/status").asText()).isEqualTo("ready");
        assertThat(body.at("/readiness/checks/database").asBoolean()).isTrue();
        assertThat(body.at("/readiness/checks/migrations").asBoolean()).isTrue();
        assertThat(body.at("/readiness/details/store").asText()).isEqualTo(store.kind());
        assertThat(body.get("providers")).extracting(p -> p.get("key").asText()).contains("local-shell");
        assertThat(body.get("plugins")).extracting(p -> p.get("name").asText()).contains("billing");
        JsonNode workers = body.get("maintenanceWorkers");
        JsonNode prune = item(workers, "key", "scheduled-runtime-prune-runner");
        assertThat(prune.get("enabled").asBoolean()).isTrue();
        assertThat(prune.get("activation").asText()).isEqualTo("starts-with-backend-service");
        JsonNode monitoring = item(workers, "key", "runtime-monitoring-collector-runner");
        assertThat(monitoring.get("enabled").asBoolean()).isFalse(); // the interval is zero here
        assertThat(monitoring.get("activation").asText()).isEqualTo("disabled-by-config");
        assertThat(monitoring.get("rawRetentionHours").asLong()).isEqualTo(24);
        assertThat(item(workers, "key", "scheduled-history-retention-runner").get("enabled").asBoolean()).isFalse();
    }

    @Test
    void anUpgradeIsCheckedThenStagedWithItsDigestVerified() throws java.io.IOException {
        ApiClient.Response check = api.get("/api/instance-upgrade/check");
        assertThat(check.status()).as(check.raw()).isEqualTo(200);
        assertThat(check.body().get("status").asText()).isEqualTo("update-available");
        assertThat(check.body().get("currentVersion").asText()).isEqualTo("1.0.0");
        assertThat(check.body().get("latestVersion").asText()).isEqualTo("2.0.0");

        ApiClient.Response applied = api.post("/api/instance-upgrade/apply", "");
        assertThat(applied.status()).as(applied.raw()).isEqualTo(202);
        assertThat(applied.body().get("status").asText()).isEqualTo("staged");
        assertThat(applied.body().get("restartRequired").asBoolean()).isTrue();
        java.nio.file.Path staged = java.nio.file.Path.of(applied.body().get("stagedPath").asText());
        assertThat(staged.getParent()).isEqualTo(upgrades);
        assertThat(java.nio.file.Files.readAllBytes(staged)).isEqualTo(RELEASE);
        assertThat(store.read(r -> r.readStream("audit", 0, 10_000)).stream()
                .filter(e -> e.type().equals("instance-upgrade-staged")).count()).isEqualTo(1);
    }

    /** A user extension as a host application installs one. */
    static final class BillingPlugin implements AppaloftPlugin {
        @Override
        public String name() {
            return "billing";
        }

        @Override
        public String version() {
            return "2.1.0";
        }

        @Override
        public List<CapabilityDetail> capabilities() {
            return List.of(new CapabilityDetail("invoices", "Invoices per organization", true, null),
                    new CapabilityDetail("dunning", "Payment reminders", false, "not licensed"));
        }
    }
}
