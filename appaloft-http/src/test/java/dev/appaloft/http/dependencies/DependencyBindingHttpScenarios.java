package dev.appaloft.http.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.http.ApiClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/resources/{resourceId}/dependency-bindings} on one store, with a fake machine;
 * {@link ApiClient} checks every answer against the spec.
 */
public abstract class DependencyBindingHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    DependencyHttpWorkspace workspace;
    FakeRuntime runtime;
    ApiClient api;
    String resource;
    String database;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        workspace = DependencyHttpWorkspace.open(openStore(), TOKEN);
        runtime = workspace.runtime();
        api = workspace.api();
        String project = workspace.project();
        String env = workspace.env();
        String serverId = workspace.serverId();
        resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)));
        database = id(api.post("/api/dependency-resources/provision", """
                {"kind":"postgres","projectId":"%s","environmentId":"%s","serverId":"%s","name":"orders"}"""
                .formatted(project, env, serverId)));
    }

    @AfterEach
    void stop() {
        workspace.close();
    }

    private static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static List<String> fields(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().path("error").path("details").path("issues").forEach(i -> fields.add(i.path("path").path(0).asText()));
        if (fields.isEmpty()) {
            response.body().findValues("path").forEach(p -> fields.add(p.path(0).asText()));
        }
        return fields;
    }

    private String bindings() {
        return "/api/resources/" + resource + "/dependency-bindings";
    }

    @Test
    void aBindingIsMadeShownListedRotatedAndRemoved() {
        String password = runtime.environments.values().iterator().next().get("POSTGRES_PASSWORD");
        String id = id(api.post(bindings(), "{\"dependencyResourceId\":\"" + database
                + "\",\"targetName\":\"DATABASE_URL\"}"));

        ApiClient.Response shown = api.get(bindings() + "/" + id);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().get("schemaVersion").asText()).isEqualTo("resources.dependency-bindings.show/v1");
        JsonNode binding = shown.body().get("binding");
        assertThat(binding.get("target").get("targetName").asText()).isEqualTo("DATABASE_URL");
        assertThat(binding.get("status").asText()).isEqualTo("active");
        assertThat(binding.get("connection").get("maskedConnection").asText()).contains(":********@dep-orders:5432");
        ApiClient.Response listed = api.get(bindings());
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().get("items").get(0).get("id").asText()).isEqualTo(id);

        ApiClient.Response blocked = api.delete("/api/dependency-resources/" + database, null);
        assertThat(blocked.status()).as(blocked.raw()).isEqualTo(409);
        assertThat(blocked.domainCode()).isEqualTo("dependency_resource_delete_blocked");

        ApiClient.Response rotated = api.post(bindings() + "/" + id + "/secret-rotations",
                "{\"confirmHistoricalSnapshotsRemainUnchanged\":true}");
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        assertThat(rotated.body().get("secretVersion").asText()).isEqualTo("v2");
        ApiClient.Response after = api.get(bindings() + "/" + id);
        assertThat(after.body().get("binding").get("secretRotation").get("secretVersion").asText()).isEqualTo("v2");
        assertThat(shown.raw() + listed.raw() + rotated.raw() + after.raw()).doesNotContain(password);

        ApiClient.Response removed = api.delete(bindings() + "/" + id, null);
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(api.get(bindings() + "/" + id).body().get("binding").get("status").asText()).isEqualTo("removed");
        assertThat(api.delete("/api/dependency-resources/" + database, null).status()).isEqualTo(200);
        assertThat(api.get(bindings() + "/dbn_unknown").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(fields(api.post(bindings(), "{\"dependencyResourceId\":\"" + database
                + "\",\"targetName\":\"9 lives\"}"))).contains("targetName");
        assertThat(fields(api.post(bindings(), "{\"targetName\":\"DATABASE_URL\"}"))).contains("dependencyResourceId");
        ApiClient.Response file = api.post(bindings(), "{\"dependencyResourceId\":\"" + database
                + "\",\"targetName\":\"DATABASE_URL\",\"injectionMode\":\"file\"}");
        assertThat(file.status()).as(file.raw()).isEqualTo(501);
        String id = id(api.post(bindings(), "{\"dependencyResourceId\":\"" + database
                + "\",\"targetName\":\"DATABASE_URL\"}"));
        ApiClient.Response twice = api.post(bindings(), "{\"dependencyResourceId\":\"" + database
                + "\",\"targetName\":\"DATABASE_URL\"}");
        assertThat(twice.status()).as(twice.raw()).isEqualTo(409);
        assertThat(twice.domainCode()).isEqualTo("dependency_binding_conflict");
        assertThat(fields(api.post(bindings() + "/" + id + "/secret-rotations", "{}")))
                .contains("confirmHistoricalSnapshotsRemainUnchanged");
        assertThat(fields(api.post(bindings() + "/" + id + "/secret-rotations",
                "{\"confirmHistoricalSnapshotsRemainUnchanged\":true,\"secretValue\":\"short\"}"))).contains("secretValue");
    }
}
