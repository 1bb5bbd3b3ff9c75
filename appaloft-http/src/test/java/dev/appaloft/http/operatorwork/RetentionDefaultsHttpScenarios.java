package dev.appaloft.http.operatorwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/retention-defaults} over HTTP on one store; {@link ApiClient} checks every answer against the spec. */
public abstract class RetentionDefaultsHttpScenarios {

    static final String TOKEN = "r".repeat(64);

    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void configureListAndShowAsTheSpecSays() {
        ApiClient.Response none = api.get("/api/retention-defaults/domain-event-streams");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().path("policy").isNull()).isTrue();

        ApiClient.Response configured = api.post("/api/retention-defaults",
                "{\"category\":\"domain-event-streams\",\"retentionDays\":30,\"destructiveSchedulingEnabled\":true}");
        assertThat(configured.status()).isEqualTo(200);
        String id = configured.body().path("id").asText();
        api.post("/api/retention-defaults",
                "{\"scope\":\"organization\",\"category\":\"audit-rows\",\"retentionDays\":400,\"enabled\":false}");

        JsonNode shown = api.get("/api/retention-defaults/domain-event-streams?scope=system").body().path("policy");
        assertThat(shown.path("id").asText()).isEqualTo(id);
        assertThat(shown.path("retentionDays").asLong()).isEqualTo(30);
        assertThat(shown.path("dryRunSchedulingEnabled").asBoolean()).isTrue();
        assertThat(shown.path("destructiveSchedulingEnabled").asBoolean()).isTrue();
        assertThat(api.get("/api/retention-defaults").body().path("items")).hasSize(2);
        assertThat(api.get("/api/retention-defaults?enabledOnly=true").body().path("items")).hasSize(1);
        assertThat(api.get("/api/retention-defaults?scope=organization&category=audit-rows").body().path("items")
                .get(0).path("organizationId").asText()).isEqualTo("org_self_hosted");
    }

    @Test
    void badInputNamesItsFieldAndOtherOrganizationsAreNotFound() {
        ApiClient.Response noDays = api.post("/api/retention-defaults", "{\"category\":\"audit-rows\"}");
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(noDays.body().toString()).contains("retentionDays");
        ApiClient.Response badCategory = api.get("/api/retention-defaults/everything");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.body().toString()).contains("category");
        ApiClient.Response zero = api.post("/api/retention-defaults", "{\"category\":\"audit-rows\",\"retentionDays\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().toString()).contains("retentionDays");
        assertThat(api.get("/api/retention-defaults?organizationId=org_someone_else").status()).isEqualTo(404);
        assertThat(api.get("/api/retention-defaults").body().path("items")).isEmpty();
    }
}
