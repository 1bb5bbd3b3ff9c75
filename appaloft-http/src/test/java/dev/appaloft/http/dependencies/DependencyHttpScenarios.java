package dev.appaloft.http.dependencies;

import static dev.appaloft.http.ApiResponses.id;
import static dev.appaloft.http.ApiResponses.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.http.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/dependency-resources} on one store, with a fake machine; {@link ApiClient} checks
 * every answer against the spec.
 */
public abstract class DependencyHttpScenarios {

    static final String TOKEN = "k".repeat(64);
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

    private String body(String kind, String name, String extra) {
        return """
                {"kind":"%s","projectId":"%s","environmentId":"%s","serverId":"%s","name":"%s"%s}"""
                .formatted(kind, project, env, serverId, name, extra);
    }

    @Test
    void aPostgresIsProvisionedShownListedCountedRenamedAndDeleted() {
        // no capabilities here: the test's response validator (swagger-request-validator 2.x) ignores the
        // spec's "const", so any desiredCapabilities item matches both oneOf branches; core covers them
        String id = id(api.post("/api/dependency-resources/provision", body("postgres", "Orders",
                ",\"description\":\"orders\"")));
        String password = runtime.environments.values().iterator().next().get("POSTGRES_PASSWORD");

        ApiClient.Response shown = api.get("/api/dependency-resources/" + id);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        JsonNode resource = shown.body().get("dependencyResource");
        assertThat(shown.body().get("schemaVersion").asText()).isEqualTo("dependency-resources.show/v1");
        assertThat(resource.get("kind").asText()).isEqualTo("postgres");
        assertThat(resource.get("lifecycleStatus").asText()).isEqualTo("ready");
        assertThat(resource.get("connection").get("maskedConnection").asText()).contains(":********@");
        assertThat(resource.get("desiredCapabilities")).isEmpty();
        ApiClient.Response listed = api.get("/api/dependency-resources?kind=postgres&limit=10");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/dependency-resources/count?environmentId=" + env).body().get("count").asInt())
                .isEqualTo(1);
        assertThat(shown.raw() + listed.raw()).doesNotContain(password);

        assertThat(api.post("/api/dependency-resources/" + id + "/rename", "{\"name\":\"Orders main\"}").status())
                .isEqualTo(200);
        ApiClient.Response deleted = api.delete("/api/dependency-resources/" + id, null);
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(api.get("/api/dependency-resources/" + id).body().get("dependencyResource").get("lifecycleStatus")
                .asText()).isEqualTo("deleted");
        assertThat(api.get("/api/dependency-resources/count").body().get("count").asInt()).isZero();
        assertThat(api.get("/api/dependency-resources/dep_unknown").status()).isEqualTo(404);
    }

    @Test
    void otherKindsAndBadInputAreRefusedNamingTheField() {
        ApiClient.Response redis = api.post("/api/dependency-resources/provision", body("clickhouse", "cache", ""));
        assertThat(redis.status()).as(redis.raw()).isEqualTo(400);
        assertThat(redis.domainCode()).isEqualTo("dependency_kind_unsupported");
        assertThat(fields(api.post("/api/dependency-resources/provision", body("nosql", "x", "")))).contains("kind");
        assertThat(fields(api.post("/api/dependency-resources/provision", """
                {"kind":"postgres","projectId":"%s","environmentId":"%s","name":"x"}""".formatted(project, env))))
                .contains("serverId");
        assertThat(fields(api.post("/api/dependency-resources/provision", body("postgres", "x",
                ",\"capabilities\":[{\"type\":\"postgres-extension\",\"name\":\"a;b\"}]")))).contains("capabilities");
        assertThat(fields(api.get("/api/dependency-resources?limit=0"))).contains("limit");
        id(api.post("/api/dependency-resources/provision", body("postgres", "db", "")));
        ApiClient.Response taken = api.post("/api/dependency-resources/provision", body("postgres", "DB", ""));
        assertThat(taken.status()).as(taken.raw()).isEqualTo(409);
        assertThat(taken.domainCode()).isEqualTo("dependency_resource_slug_conflict");
        ApiClient.Response unimplemented = api.post("/api/dependency-resources/import", "{}");
        assertThat(unimplemented.status()).as(unimplemented.raw()).isIn(400, 501);
    }
}
