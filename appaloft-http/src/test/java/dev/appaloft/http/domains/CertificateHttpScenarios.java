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
    final dev.appaloft.core.FakeCertificateAuthority ca = new dev.appaloft.core.FakeCertificateAuthority(token -> true);

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", new FakeRuntime())
                .edgeProxy("local-shell", new FakeEdgeProxy()).dnsResolver(new FakeDns()).dailyHousekeeping(false)
                .certificateAuthority(ca).workers(2, java.time.Duration.ofSeconds(30), java.time.Duration.ofMillis(50))
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
        ApiClient.Response bindingShown = api.get("/api/domain-bindings/" + binding); // lists its certificates
        assertThat(bindingShown.status()).as(bindingShown.raw()).isEqualTo(200);
        assertThat(bindingShown.body().at("/certificates/0/id").asText()).isEqualTo(id);
        assertThat(bindingShown.body().at("/certificates/0/status").asText()).isEqualTo("active");
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
    }

    @Test
    void issueOrRenewAnswers202AndTheAttemptEndsIssuedARetryOfAFailureIssuesAgain() throws Exception {
        ApiClient.Response accepted = api.post("/api/certificates/issue-or-renew", "{\"domainBindingId\":\"" + binding
                + "\",\"reason\":\"issue\",\"providerKey\":\"acme\",\"challengeType\":\"http-01\",\"idempotencyKey\":\"i1\"}");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        String id = accepted.body().get("certificateId").asText();
        String attempt = accepted.body().get("attemptId").asText();
        ApiClient.Response shown = awaitAttempt(id, attempt, "issued");
        assertThat(shown.body().get("status").asText()).isEqualTo("active");
        assertThat(shown.body().get("source").asText()).isEqualTo("managed");
        assertThat(shown.raw()).doesNotContain("PRIVATE KEY");
        assertThat(api.post("/api/certificates/" + id + "/retries", "{}").raw()).contains("certificate_retry_not_allowed");

        ca.failChallenges = true;
        ApiClient.Response renewal = api.post("/api/certificates/issue-or-renew", "{\"domainBindingId\":\"" + binding
                + "\",\"certificateId\":\"" + id + "\",\"reason\":\"renew\"}");
        assertThat(renewal.status()).as(renewal.raw()).isEqualTo(202);
        ApiClient.Response failed = awaitAttempt(id, renewal.body().get("attemptId").asText(), "retry_scheduled");
        assertThat(failed.body().get("status").asText()).as("the old chain still serves").isEqualTo("active");
        assertThat(failed.body().get("latestAttempt").get("errorCode").asText()).isEqualTo("acme_challenge_failed");
        ca.failChallenges = false;
        ApiClient.Response retried = api.post("/api/certificates/" + id + "/retries", "{\"idempotencyKey\":\"r1\"}");
        assertThat(retried.status()).as(retried.raw()).isEqualTo(202);
        awaitAttempt(id, retried.body().get("attemptId").asText(), "issued");
    }

    @Test
    void whatCannotBeIssuedAnswers4xxNamingTheField() {
        ApiClient.Response dns = api.post("/api/certificates/issue-or-renew", "{\"domainBindingId\":\"" + binding
                + "\",\"challengeType\":\"dns-01\"}");
        assertThat(dns.status()).as(dns.raw()).isEqualTo(400);
        assertThat(dns.raw()).contains("challengeType");
        assertThat(api.post("/api/certificates/issue-or-renew", "{\"domainBindingId\":\"dmb_nope\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/certificates/crt_nope/retries", "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/certificates/issue-or-renew", "{}").status()).isEqualTo(400);
    }

    private ApiClient.Response awaitAttempt(String id, String attempt, String status) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        ApiClient.Response shown = api.get("/api/certificates/" + id);
        while (System.nanoTime() < deadline) {
            shown = api.get("/api/certificates/" + id);
            assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
            if (shown.body().get("latestAttempt").get("id").asText().equals(attempt)
                    && shown.body().get("latestAttempt").get("status").asText().equals(status)) {
                return shown;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("attempt " + attempt + " did not become " + status + ": " + shown.raw());
    }
}
