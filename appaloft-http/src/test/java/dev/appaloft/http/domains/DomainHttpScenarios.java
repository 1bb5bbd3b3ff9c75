package dev.appaloft.http.domains;

import dev.appaloft.http.HttpSampleApp;
import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.FakeDns;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/domain-bindings/...} and {@code /api/default-access-domain-policies/...} on one
 * store, with a proxy and DNS double; {@link ApiClient} checks every answer against the spec.
 */
public abstract class DomainHttpScenarios {

    static final String TOKEN = "k".repeat(64);
    final FakeRuntime runtime = new FakeRuntime();
    final FakeEdgeProxy proxy = new FakeEdgeProxy();
    final FakeDns dns = new FakeDns();
    TestHttpServer server;
    ApiClient api;
    String project;
    String env;
    String resource;
    String serverId;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngine engine = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", proxy).dnsResolver(dns)
                .domainVerificationRetry(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(50)))
                .workers(1, Duration.ofSeconds(5), Duration.ofMillis(50)).dailyHousekeeping(false).build();
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

    private String binding(String domain, String extra) {
        return """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s","destinationId":"%s",
                 "domainName":"%s","proxyKind":"caddy","tlsMode":"disabled"%s}""".formatted(project, env, resource,
                serverId, serverId, domain, extra);
    }

    @Test
    void aBindingGoesFromPendingToReadyAndShowsItsRoute() throws Exception {
        ApiClient.Response deployed = api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, serverId));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        String id = id(api.post("/api/domain-bindings", binding("shop.example.com", "")));
        JsonNode pending = api.get("/api/domain-bindings/" + id).body();
        assertThat(pending.get("binding").get("status").asText()).isEqualTo("pending_verification");
        assertThat(pending.get("routeReadiness").get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("routeReadiness").get("selectedRoute").get("blockingReason").asText())
                .isEqualTo("domain_not_verified");
        assertThat(pending.get("certificates")).isEmpty();
        String txt = pending.get("binding").get("dnsObservation").get("expectedTargets").get(0).asText();

        ApiClient.Response refused = api.post("/api/domain-bindings/" + id + "/ownership-confirmations",
                "{\"verificationMode\":\"dns\"}");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.domainCode()).isEqualTo("domain_ownership_not_verified");

        dns.txt.put("_appaloft-challenge.shop.example.com", List.of(txt.substring(txt.lastIndexOf(' ') + 1)));
        ApiClient.Response confirmed = api.post("/api/domain-bindings/" + id + "/ownership-confirmations", "");
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.body().get("verificationAttemptId").asText()).startsWith("dva_");
        JsonNode ready = api.get("/api/domain-bindings/" + id).body();
        assertThat(ready.get("binding").get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("binding").get("dnsObservation").get("status").asText()).isEqualTo("matched");
        assertThat(ready.get("routeReadiness").get("status").asText()).isEqualTo("ready");
        assertThat(proxy.routes).containsKey("domain-" + id);

        assertThat(api.get("/api/resources/" + resource).body().path("accessSummary").path("latestDurableDomainRoute")
                .path("hostname").asText()).isEqualTo("shop.example.com");
        JsonNode list = api.get("/api/domain-bindings?resourceId=" + resource + "&limit=10").body();
        assertThat(list.get("items")).hasSize(1);
        assertThat(api.get("/api/domain-bindings?resourceId=res_other").body().get("items")).isEmpty();

        JsonNode check = api.get("/api/domain-bindings/" + id + "/delete-check").body();
        assertThat(check.get("safeToDelete").asBoolean()).isTrue();
        ApiClient.Response deleted = api.delete("/api/domain-bindings/" + id,
                "{\"confirmation\":{\"domainBindingId\":\"" + id + "\"}}");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(proxy.routes).doesNotContainKey("domain-" + id);
        assertThat(api.get("/api/domain-bindings/" + id).status()).isEqualTo(404);
    }

    @Test
    void redirectsManualConfirmationAndRetriesAnswerTheSpecsShapes() throws Exception {
        api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(project, env, resource, serverId));
        String canonical = id(api.post("/api/domain-bindings", binding("shop.example.com", "")));
        assertThat(api.post("/api/domain-bindings/" + canonical + "/ownership-confirmations",
                "{\"verificationMode\":\"manual\",\"confirmedBy\":\"ops\",\"evidence\":\"ticket 7\"}").status()).isEqualTo(200);
        String alias = id(api.post("/api/domain-bindings", binding("www.example.com",
                ",\"redirectTo\":\"shop.example.com\",\"redirectStatus\":302")));
        api.post("/api/domain-bindings/" + alias + "/ownership-confirmations", "{\"verificationMode\":\"manual\"}");
        assertThat(proxy.routes.get("domain-" + alias).answer().status()).isEqualTo(302);
        ApiClient.Response routed = api.post("/api/domain-bindings/" + alias + "/route",
                "{\"redirectTo\":\"shop.example.com\",\"redirectStatus\":307}");
        assertThat(routed.status()).as(routed.raw()).isEqualTo(200);
        JsonNode shown = api.get("/api/domain-bindings/" + alias).body();
        assertThat(shown.get("binding").get("redirectStatus").asInt()).isEqualTo(307);
        assertThat(shown.get("routeReadiness").get("routeBehavior").asText()).isEqualTo("redirect");
        assertThat(api.post("/api/domain-bindings/" + alias + "/route", "").status()).isEqualTo(200);
        assertThat(proxy.routes.get("domain-" + alias).answered()).isFalse();

        String other = id(api.post("/api/domain-bindings", binding("api.example.com", ",\"pathPrefix\":\"/v1\"")));
        ApiClient.Response retried = api.post("/api/domain-bindings/" + other + "/verification-retries", "{}");
        assertThat(retried.status()).as(retried.raw()).isEqualTo(202);
        assertThat(retried.body().get("id").asText()).isEqualTo(other);
        assertThat(api.post("/api/domain-bindings/" + canonical + "/verification-retries", "{}").domainCode())
                .isEqualTo("domain_binding_state_invalid");
    }

    @Test
    void badInputAnswers4xxNamingTheField() {
        assertThat(fields(api.post("/api/domain-bindings", "{\"projectId\":\"" + project + "\"}")))
                .contains("environmentId", "domainName", "proxyKind");
        assertThat(fields(api.post("/api/domain-bindings", binding("not a host", "")))).contains("domainName");
        assertThat(fields(api.post("/api/domain-bindings", binding("a.example.com", ",\"redirectStatus\":303"))))
                .contains("redirectStatus");
        ApiClient.Response none = api.post("/api/domain-bindings", binding("a.example.com", "")
                .replace("\"caddy\"", "\"none\""));
        assertThat(none.status()).as(none.raw()).isEqualTo(400);
        assertThat(none.domainCode()).isEqualTo("domain_binding_proxy_required");
        String id = id(api.post("/api/domain-bindings", binding("a.example.com", "")));
        assertThat(api.post("/api/domain-bindings", binding("a.example.com", "")).status()).isEqualTo(409);
        assertThat(fields(api.delete("/api/domain-bindings/" + id, "{\"confirmation\":{\"domainBindingId\":\"x\"}}")))
                .contains("confirmation");
        assertThat(fields(api.post("/api/domain-bindings/" + id + "/ownership-confirmations",
                "{\"verificationMode\":\"carrier-pigeon\"}"))).contains("verificationMode");
        assertThat(api.get("/api/domain-bindings/dmb_unknown").status()).isEqualTo(404);
        assertThat(api.post("/api/domain-bindings/dmb_unknown/route", "{}").status()).isEqualTo(404);
        assertThat(fields(api.get("/api/domain-bindings?limit=0"))).contains("limit");
    }

    @Test
    void defaultAccessPoliciesAreConfiguredListedAndShown() {
        ApiClient.Response none = api.get("/api/default-access-domain-policies/show");
        assertThat(none.status()).as(none.raw()).isEqualTo(200);
        assertThat(none.body().get("policy").isNull()).isTrue();
        assertThat(none.body().get("scope").get("kind").asText()).isEqualTo("system");
        ApiClient.Response configured = api.post("/api/default-access-domain-policies",
                "{\"scope\":{\"kind\":\"system\"},\"mode\":\"custom-template\",\"templateRef\":\"*.apps.example.com\"}");
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        String system = configured.body().get("id").asText();
        assertThat(api.post("/api/default-access-domain-policies", "{\"scope\":{\"kind\":\"deployment-target\",\"serverId\":\""
                + serverId + "\"},\"mode\":\"provider\",\"providerKey\":\"sslip\"}").status()).isEqualTo(200);
        JsonNode list = api.get("/api/default-access-domain-policies").body();
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(system);
        JsonNode shown = api.get("/api/default-access-domain-policies/show?scopeKind=deployment-target&serverId="
                + serverId).body();
        assertThat(shown.get("policy").get("providerKey").asText()).isEqualTo("sslip");
        JsonNode resourceShown = api.get("/api/resources/" + resource).body();
        assertThat(resourceShown.path("accessSummary").path("plannedGeneratedAccessRoute").path("hostname").asText())
                .as("never deployed: the system policy applies").isEqualTo("web-production.apps.example.com");

        assertThat(fields(api.post("/api/default-access-domain-policies", "{\"scope\":{\"kind\":\"system\"}}")))
                .contains("mode");
        assertThat(fields(api.post("/api/default-access-domain-policies",
                "{\"scope\":{\"kind\":\"system\"},\"mode\":\"custom-template\"}"))).contains("templateRef");
        assertThat(api.post("/api/default-access-domain-policies",
                "{\"scope\":{\"kind\":\"deployment-target\",\"serverId\":\"srv_unknown\"},\"mode\":\"disabled\"}").status())
                .isEqualTo(404);
        assertThat(fields(api.get("/api/default-access-domain-policies/show?scopeKind=galaxy"))).contains("scopeKind");
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
}
