package dev.appaloft.http.domains;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.FakeDns;
import dev.appaloft.core.TestCertificates;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.HttpSampleApp;
import dev.appaloft.http.TestHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/certificates/...} on one store; {@link ApiClient} checks every answer against the spec. */
public abstract class CertificateHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    TestHttpServer server;
    ApiClient api;
    String binding;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", new FakeRuntime())
                .edgeProxy("local-shell", new FakeEdgeProxy()).dnsResolver(new FakeDns()).dailyHousekeeping(false)
                .build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
        HttpSampleApp app = HttpSampleApp.create(api);
        binding = id(api.post("/api/domain-bindings", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s","destinationId":"%s",
                 "domainName":"shop.example.com","proxyKind":"caddy","tlsMode":"auto"}""".formatted(app.project(),
                app.env(), app.resource(), app.serverId(), app.serverId())));
        assertThat(api.post("/api/domain-bindings/" + binding + "/ownership-confirmations",
                "{\"verificationMode\":\"manual\"}").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String importBody(String chain, String key) {
        return "{\"domainBindingId\":\"" + binding + "\",\"certificateChain\":" + Json.write(chain)
                + ",\"privateKey\":" + Json.write(key) + "}";
    }

    @Test
    void importShowListRevokeDelete() {
        TestCertificates.Chain chain = TestCertificates.chain("shop.example.com");
        ApiClient.Response imported = api.post("/api/certificates/import", importBody(chain.chainPem(),
                chain.leaf().keyPem()));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        String id = imported.body().get("certificateId").asText();
        ApiClient.Response shown = api.get("/api/certificates/" + id);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.body().get("status").asText()).isEqualTo("active");
        assertThat(shown.body().get("subjectAlternativeNames").get(0).asText()).isEqualTo("shop.example.com");
        assertThat(shown.raw()).doesNotContain("PRIVATE KEY");
        ApiClient.Response list = api.get("/api/certificates?domainBindingId=" + binding);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().get("items")).hasSize(1);
        String confirm = "{\"confirmation\":{\"certificateId\":\"" + id + "\"}}";
        assertThat(api.delete("/api/certificates/" + id, confirm).status()).isEqualTo(409);
        ApiClient.Response revoked = api.post("/api/certificates/" + id + "/revoke", "{\"reason\":\"rotated\"}");
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        ApiClient.Response deleted = api.delete("/api/certificates/" + id, confirm);
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(api.get("/api/certificates/" + id).status()).isEqualTo(404);
    }

    @Test
    void aMismatchedKeyIsA400NamingPrivateKey() {
        TestCertificates.Chain chain = TestCertificates.chain("shop.example.com");
        TestCertificates.Chain other = TestCertificates.chain("shop.example.com");
        ApiClient.Response refused = api.post("/api/certificates/import", importBody(chain.chainPem(),
                other.leaf().keyPem()));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.raw()).contains("certificate_key_mismatch").contains("privateKey");
        assertThat(api.post("/api/certificates/issue-or-renew", "{\"domainBindingId\":\"" + binding + "\"}").status())
                .isEqualTo(501);
    }
}
