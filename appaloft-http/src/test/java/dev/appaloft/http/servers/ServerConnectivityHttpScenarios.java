package dev.appaloft.http.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.servers.TestServerConnectivityInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/servers/{id}/connectivity-tests} and {@code POST /api/servers/connectivity-tests}
 * against a real sshd, on one store; {@link ApiClient} checks every answer against the spec.
 */
public abstract class ServerConnectivityHttpScenarios {

    static final String TOKEN = "c".repeat(64);
    static SshdServer sshd;
    static TestSshKeys.Key key;
    static Path dir;

    AppaloftEngine engine;
    TestHttpServer server;
    ApiClient api;

    protected abstract Store openStore();

    @BeforeAll
    static void startSshd() throws Exception {
        dir = Files.createTempDirectory("appaloft-connectivity");
        sshd = SshdServer.start(dir.resolve("sshd"));
        key = TestSshKeys.generate(SshKeyType.ECDSA, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
    }

    @AfterAll
    static void stopSshd() throws Exception {
        sshd.close();
    }

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .remoteRuntimes(SshRuntimes.withDefaults()).dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ObjectNode credential(String privateKey) {
        ObjectNode c = JsonNodeFactory.instance.objectNode().put("kind", "ssh-private-key").put("username", sshd.user());
        return privateKey == null ? c : c.put("privateKey", privateKey);
    }

    private static List<String> checks(JsonNode body, String status) {
        List<String> names = new ArrayList<>();
        body.get("checks").forEach(c -> {
            if (c.get("status").asText().equals(status)) {
                names.add(c.get("name").asText());
            }
        });
        return names;
    }

    @Test
    void aLocalSshAgentServerLogsInAsTheControlPlaneUserAndSaysWithWhat() throws Exception {
        // no agent answers here: the login falls back to the default key file of the configured folder
        Path keys = Files.createDirectories(dir.resolve("local-keys-" + System.nanoTime()));
        Files.writeString(keys.resolve("id_ecdsa"), key.privateKey());
        try (AppaloftEngine local = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).dailyHousekeeping(false)
                .remoteRuntimes(new SshRuntimes(dev.appaloft.runtime.ssh.SshConnections.Settings.defaults()
                        .withAgentSocket(dir.resolve("no-agent.sock")).withKeyFolder(keys))).build();
             TestHttpServer http = TestHttpServer.serve(local, TOKEN)) {
            ApiClient client = http.api();
            ObjectNode create = JsonNodeFactory.instance.objectNode().put("name", "agent box").put("host", sshd.host())
                    .put("port", sshd.port()).put("providerKey", "generic-ssh");
            String id = client.post("/api/servers", create.toString()).body().get("id").asText();
            ApiClient.Response configured = client.post("/api/servers/" + id + "/credentials",
                    "{\"credential\":{\"kind\":\"local-ssh-agent\",\"username\":\"" + sshd.user() + "\"}}");
            assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
            ApiClient.Response tested = client.post("/api/servers/" + id + "/connectivity-tests", "{}");
            assertThat(tested.status()).as(tested.raw()).isEqualTo(200);
            assertThat(tested.body().get("status").asText()).as(tested.raw()).isEqualTo("healthy");
            JsonNode auth = null;
            for (JsonNode c : tested.body().get("checks")) {
                if (c.get("name").asText().equals("authentication")) {
                    auth = c;
                }
            }
            assertThat(auth.get("metadata").get("identity").asText()).isEqualTo("file");
            assertThat(auth.get("metadata").get("fingerprint").asText()).isEqualTo(key.fingerprint());
            assertThat(tested.raw()).doesNotContain("PRIVATE KEY");

            Files.delete(keys.resolve("id_ecdsa"));
            ApiClient.Response none = client.post("/api/servers/" + id + "/connectivity-tests", "{}");
            assertThat(none.body().get("status").asText()).isEqualTo("unreachable");
            assertThat(none.raw()).contains("ssh_local_identity_missing").contains("start ssh-agent");
        }
    }

    @Test
    void aDraftIsTestedWithoutBeingSavedAndEachBrokenStepSaysWhy() {
        ObjectNode draft = JsonNodeFactory.instance.objectNode();
        draft.putObject("server").put("name", "draft box").put("host", sshd.host()).put("port", sshd.port())
                .put("providerKey", "generic-ssh").set("credential", credential(key.privateKey()));
        ApiClient.Response ok = api.post("/api/servers/connectivity-tests", draft.toString());
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.body().get("status").asText()).as(ok.raw()).isEqualTo("healthy");
        assertThat(checks(ok.body(), "passed")).contains("tcp", "ssh-handshake", "host-key", "authentication", "docker");
        assertThat(ok.raw()).doesNotContain("PRIVATE KEY");
        assertThat(api.get("/api/servers/count").body().get("count").asInt()).as("a draft is not saved").isZero();

        ((ObjectNode) draft.get("server")).put("port", 1);
        ApiClient.Response closed = api.post("/api/servers/connectivity-tests", draft.toString());
        assertThat(closed.body().get("status").asText()).isEqualTo("unreachable");
        assertThat(checks(closed.body(), "failed")).containsExactly("tcp");

        ObjectNode noHost = JsonNodeFactory.instance.objectNode();
        noHost.putObject("server").put("providerKey", "generic-ssh");
        ApiClient.Response refused = api.post("/api/servers/connectivity-tests", noHost.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("server.host");
    }

    @Test
    void aSavedServerIsTestedAndItsFirstHostKeyIsKept() {
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("name", "box").put("host", sshd.host())
                .put("port", sshd.port()).put("providerKey", "generic-ssh");
        String id = api.post("/api/servers", create.toString()).body().get("id").asText();
        ApiClient.Response noKey = api.post("/api/servers/" + id + "/connectivity-tests", "{}");
        assertThat(noKey.status()).as(noKey.raw()).isEqualTo(200);
        assertThat(checks(noKey.body(), "skipped")).contains("ssh-handshake");

        ObjectNode configure = JsonNodeFactory.instance.objectNode();
        configure.set("credential", credential(key.privateKey()));
        assertThat(api.post("/api/servers/" + id + "/credentials", configure.toString()).status()).isEqualTo(200);
        JsonNode first = api.post("/api/servers/" + id + "/connectivity-tests", "{}").body();
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("healthy");
        assertThat(first.get("serverId").asText()).isEqualTo(id);
        JsonNode second = api.post("/api/servers/" + id + "/connectivity-tests", "{}").body();
        assertThat(second.toString()).contains("matches the recorded");
        assertThat(api.post("/api/servers/srv_unknown/connectivity-tests", "{}").status()).isEqualTo(404);
    }

    @Test
    void aChangedHostKeyIsRefusedUntilAnAdminAcceptsTheFingerprintTheServerNowShows() throws Exception {
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("name", "reinstalled").put("host", sshd.host())
                .put("port", sshd.port()).put("providerKey", "generic-ssh");
        String id = api.post("/api/servers", create.toString()).body().get("id").asText();
        ObjectNode configure = JsonNodeFactory.instance.objectNode();
        configure.set("credential", credential(key.privateKey()));
        api.post("/api/servers/" + id + "/credentials", configure.toString());
        String path = "/api/servers/" + id + "/connectivity-tests";
        assertThat(api.post(path, "{}").body().get("status").asText()).isEqualTo("healthy");
        String original = sshd.hostKeyFingerprint();

        sshd.replaceHostKey();
        String reinstalled = sshd.hostKeyFingerprint();
        JsonNode refused = api.post(path, "{}").body();
        assertThat(checks(refused, "failed")).as(refused.toString()).containsExactly("host-key");
        assertThat(refused.toString()).contains(reinstalled);

        ApiClient.Response malformed = api.send("POST", path, "{}", Map.of(ACCEPT, "not-a-fingerprint"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).contains("acceptHostKey");
        JsonNode wrong = api.send("POST", path, "{}", Map.of(ACCEPT, original)).body();
        assertThat(checks(wrong, "failed")).as("only the key the server shows can be accepted").containsExactly("host-key");
        assertThat(checks(api.post(path, "{}").body(), "failed")).as("nothing was accepted").containsExactly("host-key");

        Actor developer = new Actor(Actor.Kind.USER, "dev", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.DEVELOPER);
        assertThatThrownBy(() -> engine.as(developer).servers().acceptHostKey(id, reinstalled)).as("admins only")
                .isInstanceOfSatisfying(AppaloftException.class, e -> assertThat(e.code().httpStatus()).isEqualTo(403));

        JsonNode accepted = api.send("POST", path, "{}", Map.of(ACCEPT, reinstalled)).body();
        assertThat(accepted.get("status").asText()).as(accepted.toString()).isEqualTo("healthy");
        JsonNode after = api.post(path, "{}").body();
        assertThat(after.get("status").asText()).isEqualTo("healthy");
        assertThat(after.toString()).contains("matches the recorded " + reinstalled);
    }

    private static final String ACCEPT = TestServerConnectivityInput.ACCEPT_HOST_KEY_HEADER;
}
