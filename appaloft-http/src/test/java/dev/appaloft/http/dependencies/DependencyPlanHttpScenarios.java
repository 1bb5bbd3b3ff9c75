package dev.appaloft.http.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.http.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/dependency-resources/import} and {@code /api/dependency-resources/provisioning/*}
 * on one store, with a fake machine; {@link ApiClient} checks every answer against the spec.
 */
public abstract class DependencyPlanHttpScenarios {

    static final String TOKEN = "p".repeat(64);
    DependencyHttpWorkspace workspace;
    FakeRuntime runtime;
    ApiClient api;
    String project;
    String env;
    String serverId;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        workspace = DependencyHttpWorkspace.open(openStore(), TOKEN);
        runtime = workspace.runtime();
        api = workspace.api();
        project = workspace.project();
        env = workspace.env();
        serverId = workspace.serverId();
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    private String importBody(String name, String url) {
        return """
                {"kind":"postgres","projectId":"%s","environmentId":"%s","name":"%s","connectionUrl":"%s",
                 "capabilities":[{"type":"postgres-extension","name":"pgcrypto"}]}"""
                .formatted(project, env, name, url);
    }

    @Test
    void anImportAnswersItsIdAndShowsAsImportedWithTheConnectionMasked() {
        ApiClient.Response created = api.post("/api/dependency-resources/import",
                importBody("Shop DB", "postgres://shop:s3cret-pass@db.example.com/shop"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        JsonNode shown = api.get("/api/dependency-resources/" + created.body().get("id").asText()).body()
                .get("dependencyResource");
        assertThat(shown.get("sourceMode").asText()).isEqualTo("imported-external");
        assertThat(shown.get("providerManaged").asBoolean()).isFalse();
        assertThat(shown.at("/connection/maskedConnection").asText())
                .isEqualTo("postgres://shop:********@db.example.com:5432/shop");
        assertThat(shown.at("/desiredCapabilities/0/name").asText()).isEqualTo("pgcrypto");
        assertThat(shown.toString()).doesNotContain("s3cret-pass");
        assertThat(runtime.instances).isEmpty();

        ApiClient.Response bad = api.post("/api/dependency-resources/import", importBody("Other", "mysql://db/x"));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("connectionUrl");
    }

    @Test
    void aPlanIsShownAcceptedOnceAndThenRealized() {
        ApiClient.Response planned = api.post("/api/dependency-resources/provisioning/plan", """
                {"mode":"create","create":{"kind":"postgres","projectId":"%s","environmentId":"%s","serverId":"%s",
                 "name":"Orders"}}""".formatted(project, env, serverId));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        String planId = planned.body().at("/plan/id").asText();
        assertThat(planned.body().at("/plan/status").asText()).isEqualTo("planned");
        assertThat(runtime.instances).isEmpty();

        ApiClient.Response status = api.get("/api/dependency-resources/provisioning/" + planId);
        assertThat(status.status()).as(status.raw()).isEqualTo(200);
        assertThat(status.body().at("/plan/summary").size()).isGreaterThan(1);

        ApiClient.Response unacknowledged = api.post("/api/dependency-resources/provisioning/" + planId + "/accept",
                "{\"acknowledgeMutation\":false}");
        assertThat(unacknowledged.status()).as(unacknowledged.raw()).isEqualTo(400);
        ApiClient.Response accepted = api.post("/api/dependency-resources/provisioning/" + planId + "/accept",
                "{\"acknowledgeMutation\":true}");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().at("/plan/status").asText()).isEqualTo("realized");
        String resource = accepted.body().at("/plan/dependencyResourceId").asText();
        assertThat(api.get("/api/dependency-resources/" + resource).status()).isEqualTo(200);
        assertThat(runtime.instances).hasSize(1);

        ApiClient.Response again = api.post("/api/dependency-resources/provisioning/" + planId + "/accept",
                "{\"acknowledgeMutation\":true}");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.raw()).contains("dependency_provisioning_plan_closed");
    }

    @Test
    void aReusePlanShowsTheEndpointMasked() {
        ApiClient.Response planned = api.post("/api/dependency-resources/provisioning/plan",
                "{\"mode\":\"reuse\",\"reuse\":" + importBody("Shop DB",
                        "postgres://shop:s3cret-pass@db.example.com:6543/shop") + "}");
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        assertThat(planned.body().at("/plan/endpoint").asText())
                .isEqualTo("postgres://shop:********@db.example.com:6543/shop");
        assertThat(planned.body().at("/plan/capabilities/0/required").asBoolean()).isTrue();
        assertThat(planned.raw()).doesNotContain("s3cret-pass");
    }
}
