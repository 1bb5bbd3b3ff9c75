package dev.appaloft.http.storage;

import dev.appaloft.http.HttpSampleApp;
import static dev.appaloft.http.ApiResponses.id;
import static dev.appaloft.http.ApiResponses.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/storage-volumes} and {@code /api/resources/{id}/storage-attachments} on one store,
 * with a fake machine; {@link ApiClient} checks every answer against the spec.
 */
public abstract class StorageHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    final FakeVolumes volumes = new FakeVolumes();
    TestHttpServer server;
    ApiClient api;
    String project;
    String env;
    String resource;
    String serverId;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = volumes;
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        HttpSampleApp app = HttpSampleApp.create(api);
        project = app.project();
        env = app.env();
        resource = app.resource();
        serverId = app.serverId();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String volume(String name, String extra) {
        return id(api.post("/api/storage-volumes", """
                {"projectId":"%s","environmentId":"%s","name":"%s","kind":"named-volume"%s}"""
                .formatted(project, env, name, extra)));
    }

    @Test
    void aVolumeIsCreatedAttachedShownListedRenamedDetachedAndDeleted() {
        String id = volume("Uploads", ",\"description\":\"user files\",\"backupRelationship\":{\"reason\":\"none yet\"}");
        ApiClient.Response attached = api.post("/api/resources/" + resource + "/storage-attachments",
                "{\"storageVolumeId\":\"" + id + "\",\"destinationPath\":\"/srv/uploads\",\"mountMode\":\"read-only\"}");
        assertThat(attached.status()).as(attached.raw()).isEqualTo(200);
        String attachment = attached.body().get("id").asText();

        ApiClient.Response shown = api.get("/api/storage-volumes/" + id);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        JsonNode volume = shown.body().get("storageVolume");
        assertThat(shown.body().get("schemaVersion").asText()).isEqualTo("storage-volumes.show/v1");
        assertThat(volume.get("slug").asText()).isEqualTo("uploads");
        assertThat(volume.get("attachmentCount").asInt()).isEqualTo(1);
        assertThat(volume.get("attachments").get(0).get("mountMode").asText()).isEqualTo("read-only");
        assertThat(volume.get("attachments").get(0).get("resourceSlug").asText()).isEqualTo("web");
        assertThat(volume.get("backupRelationship").toString()).isEqualTo("{\"retentionRequired\":false,\"reason\":\"none yet\"}");

        ApiClient.Response listed = api.get("/api/storage-volumes?environmentId=" + env);
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/storage-volumes?projectId=prj_none").body().get("items")).isEmpty();

        ApiClient.Response blocked = api.delete("/api/storage-volumes/" + id, null);
        assertThat(blocked.status()).as(blocked.raw()).isEqualTo(409);
        assertThat(blocked.domainCode()).isEqualTo("storage_volume_delete_blocked");
        assertThat(api.post("/api/storage-volumes/" + id + "/rename", "{\"name\":\"Files\"}").status()).isEqualTo(200);
        ApiClient.Response detached = api.delete("/api/resources/" + resource + "/storage-attachments/" + attachment, null);
        assertThat(detached.status()).as(detached.raw()).isEqualTo(200);
        assertThat(detached.body().get("id").asText()).isEqualTo(attachment);
        ApiClient.Response deleted = api.delete("/api/storage-volumes/" + id, null);
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        JsonNode after = api.get("/api/storage-volumes/" + id).body().get("storageVolume");
        assertThat(after.get("lifecycleStatus").asText()).isEqualTo("deleted");
        assertThat(after.get("name").asText()).isEqualTo("Files");
        assertThat(api.get("/api/storage-volumes/stv_unknown").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(fields(api.post("/api/storage-volumes", "{\"projectId\":\"" + project + "\",\"environmentId\":\""
                + env + "\",\"name\":\"x\",\"kind\":\"tmpfs\"}"))).contains("kind");
        assertThat(fields(api.post("/api/storage-volumes", "{\"projectId\":\"" + project + "\",\"environmentId\":\""
                + env + "\",\"name\":\"x\",\"kind\":\"bind-mount\"}"))).contains("sourcePath");
        String id = volume("data", "");
        assertThat(fields(api.post("/api/resources/" + resource + "/storage-attachments",
                "{\"storageVolumeId\":\"" + id + "\",\"destinationPath\":\"relative/path\"}"))).contains("destinationPath");
        assertThat(fields(api.post("/api/resources/" + resource + "/storage-attachments",
                "{\"storageVolumeId\":\"" + id + "\"}"))).contains("destinationPath");
        assertThat(fields(api.post("/api/storage-volumes/" + id + "/runtime-cleanup",
                "{\"serverId\":\"" + serverId + "\",\"before\":\"last week\"}"))).contains("before");
        assertThat(fields(api.post("/api/storage-volumes/" + id + "/rename", "{}"))).contains("name");
        ApiClient.Response conflict = api.post("/api/storage-volumes", "{\"projectId\":\"" + project
                + "\",\"environmentId\":\"" + env + "\",\"name\":\"DATA\",\"kind\":\"named-volume\"}");
        assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
        assertThat(conflict.domainCode()).isEqualTo("storage_volume_slug_conflict");
    }

    @Test
    void runtimeCleanupIsADryRunUnlessToldAndAnswersTheSpecsShape() {
        String id = volume("data", "");
        volumes.put("appaloft-" + id, Map.of("appaloft.storage-volume", id), Instant.now().minus(Duration.ofDays(9)));
        String before = Instant.now().minus(Duration.ofDays(1)).toString().replaceAll("\\.\\d+Z$", "Z");
        ApiClient.Response dry = api.post("/api/storage-volumes/" + id + "/runtime-cleanup",
                "{\"serverId\":\"" + serverId + "\",\"before\":\"" + before + "\"}");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("schemaVersion").asText()).isEqualTo("storage-volumes.cleanup-runtime/v1");
        assertThat(dry.body().get("dryRun").asBoolean()).isTrue();
        assertThat(dry.body().get("server").get("providerKey").asText()).isEqualTo("local-shell");
        assertThat(dry.body().get("candidates").get(0).get("action").asText()).isEqualTo("matched");
        assertThat(volumes.volumes).containsKey("appaloft-" + id);

        ApiClient.Response real = api.post("/api/storage-volumes/" + id + "/runtime-cleanup",
                "{\"serverId\":\"" + serverId + "\",\"before\":\"" + before + "\",\"dryRun\":false}");
        assertThat(real.status()).as(real.raw()).isEqualTo(200);
        assertThat(real.body().get("summary").get("cleanedCount").asInt()).isEqualTo(1);
        assertThat(volumes.volumes).isEmpty();
        ApiClient.Response unknownServer = api.post("/api/storage-volumes/" + id + "/runtime-cleanup",
                "{\"serverId\":\"srv_unknown\",\"before\":\"" + before + "\"}");
        assertThat(unknownServer.status()).isEqualTo(404);
    }
}
