package dev.appaloft.http.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Format;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Key;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/credentials/ssh} and the server operations that need no connection, over HTTP on one
 * store; {@link ApiClient} checks every answer against the spec. The public key and fingerprint,
 * which the spec's bodies have no place for, come in headers; no answer carries a private key.
 */
public abstract class ServerCredentialHttpScenarios {

    static final String TOKEN = "s".repeat(64);
    static final String PASSPHRASE = "open sesame, please";

    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCredentialIsCreatedShownRotatedAndDeletedAsTheSpecSays() {
        Key key = TestSshKeys.generate(SshKeyType.ED25519, Format.OPENSSH, PASSPHRASE);
        ApiClient.Response created = api.post("/api/credentials/ssh", credentialBody("deploy", key, PASSPHRASE, "deploy"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(header(created, "Appaloft-Ssh-Public-Key")).isEqualTo(key.publicKey());
        assertThat(header(created, "Appaloft-Ssh-Public-Key-Fingerprint")).isEqualTo(key.fingerprint());

        String srv = serverNamed("web");
        assertThat(api.post("/api/servers/" + srv + "/credentials", "{\"credential\":{\"kind\":\"stored-ssh-private-key\","
                + "\"credentialId\":\"" + id + "\"}}").raw()).isEqualTo("null");
        JsonNode credential = api.get("/api/servers/" + srv).body().at("/server/credential");
        assertThat(credential.get("kind").asText()).isEqualTo("ssh-private-key");
        assertThat(credential.get("credentialId").asText()).isEqualTo(id);
        assertThat(credential.get("credentialName").asText()).isEqualTo("deploy");

        ApiClient.Response shown = api.get("/api/credentials/ssh/" + id);
        assertThat(shown.body().at("/credential/username").asText()).isEqualTo("deploy");
        assertThat(shown.body().at("/usage/totalServers").asInt()).isEqualTo(1);
        assertThat(shown.body().at("/usage/servers/0/serverId").asText()).isEqualTo(srv);
        assertThat(header(shown, "Appaloft-Ssh-Public-Key-Fingerprint")).isEqualTo(key.fingerprint());
        assertThat(api.get("/api/credentials/ssh/" + id + "?includeUsage=false").body().has("usage")).isFalse();
        assertThat(api.get("/api/credentials/ssh?limit=10").body().at("/items/0/privateKeyConfigured").asBoolean()).isTrue();

        Key next = TestSshKeys.generate(SshKeyType.RSA, Format.PEM, null);
        ApiClient.Response unacknowledged = api.post("/api/credentials/ssh/" + id + "/rotate", rotateBody(id, next, false));
        assertThat(unacknowledged.status()).isEqualTo(409);
        assertThat(unacknowledged.domainCode()).isEqualTo("credential_rotation_requires_usage_acknowledgement");
        ApiClient.Response rotated = api.post("/api/credentials/ssh/" + id + "/rotate", rotateBody(id, next, true));
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        assertThat(rotated.body().at("/credential/usernameConfigured").asBoolean()).as("null clears the username").isFalse();
        assertThat(rotated.body().at("/affectedUsage/servers/0/serverId").asText()).isEqualTo(srv);
        assertThat(header(rotated, "Appaloft-Ssh-Public-Key-Fingerprint")).isEqualTo(next.fingerprint());
        assertThat(header(api.get("/api/credentials/ssh/" + id), "Appaloft-Ssh-Public-Key")).isEqualTo(next.publicKey());

        String delete = "{\"confirmation\":{\"credentialId\":\"" + id + "\"}}";
        ApiClient.Response inUse = api.delete("/api/credentials/ssh/" + id, delete);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.domainCode()).isEqualTo("credential_in_use");
        api.post("/api/servers/" + srv + "/credentials", "{\"credential\":{\"kind\":\"local-ssh-agent\",\"username\":\"root\"}}");
        assertThat(api.delete("/api/credentials/ssh/" + id, delete).body().get("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/credentials/ssh/" + id).status()).isEqualTo(404);

        for (ApiClient.Response response : List.of(created, shown, rotated)) {
            assertThat(response.raw()).doesNotContain("PRIVATE KEY").doesNotContain(PASSPHRASE);
        }
    }

    @Test
    void badKeysAnswer400WithACodeNamingTheField() {
        Key encrypted = TestSshKeys.generate(SshKeyType.ECDSA, Format.PKCS8, PASSPHRASE);
        assertRefused(api.post("/api/credentials/ssh", credentialBody("k", encrypted, "wrong", null)),
                "ssh_private_key_passphrase_incorrect", "passphrase");
        assertRefused(api.post("/api/credentials/ssh", credentialBody("k", encrypted, null, null)),
                "ssh_private_key_passphrase_required", "passphrase");
        assertRefused(api.post("/api/credentials/ssh", "{\"name\":\"k\",\"kind\":\"ssh-private-key\",\"privateKey\":\"hello\"}"),
                "ssh_private_key_invalid", "privateKey");
        assertRefused(api.post("/api/credentials/ssh", "{\"name\":\"k\",\"kind\":\"ssh-private-key\"}"),
                "validation_error", "privateKey");
        String srv = serverNamed("box");
        assertRefused(api.post("/api/servers/" + srv + "/credentials", "{\"credential\":{\"kind\":\"ssh-private-key\","
                + "\"privateKey\":" + Json.write(encrypted.privateKey()) + ",\"passphrase\":\"nope\"}}"),
                "ssh_private_key_passphrase_incorrect", "credential");
        assertThat(api.get("/api/credentials/ssh").body().get("items")).isEmpty();
    }

    @Test
    void aServerIsRenamedDeactivatedAndDeletedAsTheSpecSays() {
        String srv = serverNamed("edge");
        serverNamed("other");
        assertThat(api.post("/api/servers/" + srv + "/rename", "{\"name\":\"edge-1\"}").body().get("id").asText())
                .isEqualTo(srv);
        ApiClient.Response taken = api.post("/api/servers/" + srv + "/rename", "{\"name\":\"other\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.domainCode()).isEqualTo("server_name_conflict");

        JsonNode active = api.get("/api/servers/" + srv + "/delete-check").body();
        assertThat(active.get("eligible").asBoolean()).isFalse();
        assertThat(active.at("/blockers/0/kind").asText()).isEqualTo("active-server");
        ApiClient.Response refused = api.delete("/api/servers/" + srv, "{\"confirmation\":{\"serverId\":\"" + srv + "\"}}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.domainCode()).isEqualTo("server_delete_blocked");

        assertThat(api.post("/api/servers/" + srv + "/deactivate", "{\"reason\":\"decommissioned\"}").status()).isEqualTo(200);
        JsonNode shown = api.get("/api/servers/" + srv).body().get("server");
        assertThat(shown.get("name").asText()).isEqualTo("edge-1");
        assertThat(shown.get("lifecycleStatus").asText()).isEqualTo("inactive");
        assertThat(shown.get("deactivationReason").asText()).isEqualTo("decommissioned");
        assertThat(api.get("/api/servers/" + srv + "/delete-check").body().get("eligible").asBoolean()).isTrue();

        ApiClient.Response unconfirmed = api.delete("/api/servers/" + srv, "{}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body().toString()).contains("confirmation");
        assertThat(api.delete("/api/servers/" + srv, "{\"confirmation\":{\"serverId\":\"" + srv + "\"}}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/servers/" + srv).status()).isEqualTo(404);
        assertThat(api.get("/api/servers").body().get("items")).hasSize(1);
    }

    @Test
    void anEngineWithoutSshRuntimesSaysSoInConnectivityAndCapacity() {
        String srv = serverNamed("remote");
        ApiClient.Response test = api.post("/api/servers/" + srv + "/connectivity-tests", "{}");
        assertThat(test.status()).as(test.raw()).isEqualTo(200);
        assertThat(test.body().get("status").asText()).isEqualTo("unreachable");
        assertThat(test.body().at("/checks/0/message").asText()).contains("no runtime is configured for provider generic-ssh");
        ApiClient.Response capacity = api.get("/api/servers/" + srv + "/capacity");
        assertThat(capacity.status()).as(capacity.raw()).isEqualTo(200);
        assertThat(capacity.raw()).contains("unsupported-provider");
    }

    private String serverNamed(String name) {
        ApiClient.Response created = api.post("/api/servers", "{\"name\":\"" + name + "\",\"host\":\"" + name
                + ".example.com\",\"providerKey\":\"generic-ssh\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static String credentialBody(String name, Key key, String passphrase, String username) {
        return "{\"name\":\"" + name + "\",\"kind\":\"ssh-private-key\",\"privateKey\":" + Json.write(key.privateKey())
                + ",\"publicKey\":\"" + key.publicKey() + " me@laptop\""
                + (passphrase == null ? "" : ",\"passphrase\":" + Json.write(passphrase))
                + (username == null ? "" : ",\"username\":\"" + username + "\"") + "}";
    }

    private static String rotateBody(String id, Key key, boolean acknowledge) {
        return "{\"privateKey\":" + Json.write(key.privateKey()) + ",\"username\":null,\"confirmation\":{\"credentialId\":\""
                + id + "\"" + (acknowledge ? ",\"acknowledgeServerUsage\":true" : "") + "}}";
    }

    private static String header(ApiClient.Response response, String name) {
        return response.http().headers().firstValue(name).orElse(null);
    }

    private static void assertRefused(ApiClient.Response response, String code, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.domainCode()).isEqualTo(code);
        assertThat(response.body().at("/data/issues/0/path/0").asText()).isEqualTo(field);
    }
}
