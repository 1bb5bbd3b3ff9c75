package dev.appaloft.http.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 22 Alien operations over HTTP on one store: every successful answer is checked against the
 * Alien spec by {@link ApiClient}, errors against the Alien error shape. The operator's admin
 * token (the standalone server's first-start token) acts as the fleet admin.
 */
public abstract class FleetHttpScenarios {

    static final String OPERATOR_TOKEN = "o".repeat(64);
    static final String LOCAL_STACK = "{\"id\":\"web\",\"resources\":{\"web\":{\"config\":{\"id\":\"web\",\"type\":\"container\","
            + "\"image\":\"local/busybox:1\",\"port\":8080,\"extraField\":{\"kept\":true}},\"lifecycle\":\"live\",\"dependencies\":[]}}}";

    AppaloftEngine engine;
    AppaloftHttpServer server;
    ApiClient admin;
    ApiClient anonymous;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();
        server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(OPERATOR_TOKEN)).start("127.0.0.1", 0);
        admin = new ApiClient("http://127.0.0.1:" + server.port(), OPERATOR_TOKEN);
        anonymous = admin.withToken(null);
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    String createGroup(String name, int max) {
        ApiClient.Response created = admin.post("/v1/deployment-groups", "{\"name\":\"" + name + "\",\"maxDeployments\":" + max + "}");
        assertThat(created.status()).isEqualTo(200);
        return created.body().get("id").asText();
    }

    String groupToken(String groupId) {
        ApiClient.Response token = admin.post("/v1/deployment-groups/" + groupId + "/tokens", null);
        assertThat(token.status()).isEqualTo(200);
        return token.body().get("token").asText();
    }

    static void assertAlienError(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        JsonNode body = response.body();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("retryable").isBoolean()).isTrue();
        assertThat(body.get("internal").asBoolean()).isFalse();
        assertThat(body.get("httpStatusCode").asInt()).isEqualTo(status);
    }

    @Test
    void healthIsPublicAndEveryV1RouteNeedsAToken() {
        ApiClient.Response health = anonymous.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("healthy");

        ApiClient.Response missing = anonymous.get("/v1/deployments");
        assertAlienError(missing, 401, "UNAUTHORIZED");
        assertThat(missing.body().at("/context/reason").asText()).isEqualTo("Authentication required");
        assertAlienError(anonymous.withToken("ax_admin_" + "0".repeat(64)).get("/v1/whoami"), 401, "UNAUTHORIZED");
        assertAlienError(anonymous.withToken("not-a-fleet-token").get("/v1/whoami"), 401, "UNAUTHORIZED");
        java.net.http.HttpResponse<String> basic = basicAuth("/v1/whoami");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).contains("Authorization header must use Bearer scheme");
        // the operator's /api token is the fleet admin
        ApiClient.Response whoami = admin.get("/v1/whoami");
        assertThat(whoami.status()).isEqualTo(200);
        assertThat(whoami.body().get("kind").asText()).isEqualTo("serviceAccount");
        assertThat(whoami.body().at("/scope/type").asText()).isEqualTo("admin");
    }

    @Test
    void adminEnrolsAFleetAndAnAgentSyncsItsWorkOverHttp() {
        String group = createGroup("customers", 5);
        assertThat(admin.get("/v1/deployment-groups").body().get("items")).hasSize(1);
        assertThat(admin.get("/v1/deployment-groups/" + group).body().get("deploymentCount").asLong()).isZero();
        String dgToken = groupToken(group);
        assertThat(dgToken).startsWith("ax_dg_").hasSize("ax_dg_".length() + 64);
        ApiClient installer = admin.withToken(dgToken);
        ApiClient.Response dgWho = installer.get("/v1/whoami");
        assertThat(dgWho.body().get("id").asText()).isEqualTo(group);
        assertThat(dgWho.body().at("/scope/type").asText()).isEqualTo("deployment-group");
        assertThat(dgWho.body().at("/scope/deploymentGroupId").asText()).isEqualTo(group);

        // an agent enrols with the group token: 201 the first time, 200 when it enrols again under its name
        ApiClient.Response enrolled = installer.post("/v1/initialize", "{\"name\":\"acme-prod\",\"platform\":\"local\"}");
        assertThat(enrolled.status()).isEqualTo(201);
        String deployment = enrolled.body().get("deploymentId").asText();
        String deployToken = enrolled.body().get("token").asText();
        assertThat(deployToken).startsWith("ax_deploy_");
        ApiClient.Response again = installer.post("/v1/initialize", "{\"name\":\"acme-prod\",\"platform\":null}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("deploymentId").asText()).isEqualTo(deployment);
        // the new token replaces the old one: one agent, one token
        assertAlienError(admin.withToken(deployToken).get("/v1/whoami"), 401, "UNAUTHORIZED");
        deployToken = again.body().get("token").asText();
        ApiClient agent = admin.withToken(deployToken);
        ApiClient.Response agentWho = agent.get("/v1/whoami");
        assertThat(agentWho.body().get("id").asText()).isEqualTo(deployment);
        assertThat(agentWho.body().at("/scope/deploymentId").asText()).isEqualTo(deployment);
        assertThat(agentWho.body().at("/scope").has("deploymentGroupId")).isFalse();
        ApiClient.Response self = agent.post("/v1/initialize", "{}");
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body().get("deploymentId").asText()).isEqualTo(deployment);
        assertThat(self.body().has("token")).isFalse();

        // nothing released yet: no work
        assertThat(agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().has("target")).isFalse();
        ApiClient.Response release = admin.post("/v1/releases", "{\"stack\":{\"local\":" + LOCAL_STACK + ",\"aws\":null},"
                + "\"gitMetadata\":{\"commitSha\":\"abc123\"}}");
        assertThat(release.status()).isEqualTo(201);
        String releaseId = release.body().get("id").asText();
        assertThat(release.body().at("/stack/local/resources/web/config/extraField/kept").asBoolean()).isTrue();
        assertThat(release.body().get("stack").has("aws")).isFalse();
        assertThat(agent.get("/v1/releases/latest").body().get("id").asText()).isEqualTo(releaseId);
        assertThat(agent.get("/v1/releases/" + releaseId).body().at("/gitMetadata/commitSha").asText()).isEqualTo("abc123");

        JsonNode target = agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().get("target");
        assertThat(target.at("/releaseInfo/releaseId").asText()).isEqualTo(releaseId);
        assertThat(target.at("/releaseInfo/stack/id").asText()).isEqualTo("web");
        assertThat(target.at("/config/stackSettings/deploymentModel").asText()).isEqualTo("pull");

        // the agent takes its lease, reports, and gives it back
        ApiClient.Response acquired = agent.post("/v1/sync/acquire", "{\"session\":\"agent-1\"}");
        assertThat(acquired.status()).isEqualTo(200);
        JsonNode record = acquired.body().at("/deployments/0/deployment");
        assertThat(record.get("id").asText()).isEqualTo(deployment);
        assertThat(record.get("desired_release_id").asText()).isEqualTo(releaseId);
        assertThat(record.get("locked_by").asText()).isEqualTo("agent-1");
        String state = "{\"status\":\"running\",\"platform\":\"local\",\"currentRelease\":{\"releaseId\":\"" + releaseId
                + "\",\"stack\":" + LOCAL_STACK + "},\"stackState\":{\"platform\":\"local\",\"resourcePrefix\":\"a1b2c3d4\","
                + "\"resources\":{\"web\":{\"type\":\"container\",\"status\":\"running\",\"config\":{\"id\":\"web\",\"type\":\"container\"},"
                + "\"outputs\":{\"type\":\"container\",\"publicUrl\":\"http://127.0.0.1:18080\",\"vendorField\":[1,2]}}}},"
                + "\"environmentInfo\":{\"platform\":\"local\",\"hostname\":\"h\",\"os\":\"linux\",\"arch\":\"x86_64\"}}";
        ApiClient.Response stranger = admin.post("/v1/sync/reconcile", "{\"deploymentId\":\"" + deployment
                + "\",\"session\":\"someone-else\",\"state\":" + state + "}");
        assertAlienError(stranger, 409, "DEPLOYMENT_LOCKED");
        ApiClient.Response reconciled = agent.post("/v1/sync/reconcile", "{\"deploymentId\":\"" + deployment
                + "\",\"session\":\"agent-1\",\"state\":" + state + ",\"updateHeartbeat\":null}");
        assertThat(reconciled.status()).as(reconciled.raw()).isEqualTo(200);
        assertThat(reconciled.body().get("success").asBoolean()).isTrue();
        assertThat(reconciled.body().at("/current/status").asText()).isEqualTo("running");
        assertAlienError(admin.post("/v1/sync/release", "{\"deploymentId\":\"" + deployment + "\",\"session\":\"someone-else\"}"),
                409, "DEPLOYMENT_LOCKED");
        assertThat(agent.post("/v1/sync/release", "{\"deploymentId\":\"" + deployment + "\",\"session\":\"agent-1\"}")
                .body().get("success").asBoolean()).isTrue();
        assertAlienError(agent.post("/v1/sync/release", "{\"deploymentId\":\"" + deployment + "\",\"session\":\"agent-1\"}"),
                409, "LEASE_NOT_HELD");

        // the reported documents come back exactly, unknown fields kept
        JsonNode shown = admin.get("/v1/deployments/" + deployment).body();
        assertThat(shown.get("status").asText()).isEqualTo("running");
        assertThat(shown.get("currentReleaseId").asText()).isEqualTo(releaseId);
        assertThat(shown.has("desiredReleaseId")).isFalse();
        assertThat(shown.at("/stackState/resources/web/outputs/vendorField")).hasSize(2);
        ApiClient.Response info = agent.get("/v1/deployments/" + deployment + "/info");
        assertThat(info.body().at("/resources/web/resourceType").asText()).isEqualTo("container");
        assertThat(info.body().at("/resources/web/publicUrl").asText()).isEqualTo("http://127.0.0.1:18080");
        assertThat(info.body().at("/commands/deploymentId").asText()).isEqualTo(deployment);

        assertThat(agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().has("target")).isFalse();
        assertThat(admin.post("/v1/deployments/" + deployment + "/redeploy", null).body().get("success").asBoolean()).isTrue();
        assertThat(admin.get("/v1/deployments/" + deployment).body().get("desiredReleaseId").asText()).isEqualTo(releaseId);
        assertThat(agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().at("/target/status").asText())
                .isEqualTo("update-pending");

        // the update fails; retry is asked for over HTTP and the agent gets the work again
        assertThat(agent.post("/v1/sync/acquire", "{\"session\":\"agent-2\"}").body().get("deployments")).hasSize(1);
        ApiClient.Response failed = agent.post("/v1/sync/reconcile", "{\"deploymentId\":\"" + deployment
                + "\",\"session\":\"agent-2\",\"state\":{\"status\":\"update-failed\",\"platform\":\"local\"},"
                + "\"error\":{\"code\":\"IMAGE_MISSING\",\"message\":\"no such image\",\"retryable\":true,\"internal\":false}}");
        assertThat(failed.body().at("/current/status").asText()).isEqualTo("update-failed");
        agent.post("/v1/sync/release", "{\"deploymentId\":\"" + deployment + "\",\"session\":\"agent-2\"}");
        assertThat(agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().has("target")).isFalse();
        assertThat(admin.get("/v1/deployments/" + deployment + "/info").body().at("/error/code").asText())
                .isEqualTo("IMAGE_MISSING");
        assertThat(installer.post("/v1/deployments/" + deployment + "/retry", null).body().get("success").asBoolean()).isTrue();
        assertThat(admin.get("/v1/deployments/" + deployment).body().get("retryRequested").asBoolean()).isTrue();
        assertThat(agent.post("/v1/sync", "{\"deploymentId\":\"" + deployment + "\"}").body().at("/target/status").asText())
                .isEqualTo("update-failed");

        assertThat(installer.post("/v1/resolve-credentials", "{\"deploymentId\":\"" + deployment + "\"}")
                .body().at("/clientConfig/platform").asText()).isEqualTo("local");

        ApiClient.Response deleted = admin.delete("/v1/deployments/" + deployment, null);
        assertThat(deleted.status()).isEqualTo(202);
        assertThat(deleted.body().get("message").asText()).isEqualTo("Deployment deletion enqueued");
        assertThat(admin.get("/v1/deployments/" + deployment).body().get("status").asText()).isEqualTo("delete-pending");
        assertAlienError(admin.delete("/v1/deployments/" + deployment, null), 409, "DEPLOYMENT_ALREADY_DELETING");
    }

    @Test
    void groupTokensCreateDeploymentsWithinTheirGroupAndQuota() {
        String group = createGroup("small", 2);
        String other = createGroup("other", 10);
        ApiClient installer = admin.withToken(groupToken(group));
        ApiClient.Response created = installer.post("/v1/deployments", "{\"name\":\"one\",\"platform\":\"test\","
                + "\"deploymentGroupId\":\"" + other + "\",\"environmentVariables\":[{\"name\":\"API_KEY\",\"value\":\"s3cret\",\"type\":\"secret\"}]}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().at("/deployment/deploymentGroupId").asText()).isEqualTo(group);
        assertThat(created.body().get("token").asText()).startsWith("ax_deploy_");
        assertThat(created.raw()).doesNotContain("s3cret");
        assertAlienError(installer.post("/v1/deployments", "{\"name\":\"one\",\"platform\":\"test\"}"), 409,
                "DEPLOYMENT_NAME_CONFLICT");
        assertThat(installer.post("/v1/deployments", "{\"name\":\"two\",\"platform\":\"aws\",\"deploymentGroupId\":null}").status())
                .isEqualTo(201);
        ApiClient.Response full = installer.post("/v1/deployments", "{\"name\":\"three\",\"platform\":\"test\"}");
        assertAlienError(full, 400, "MAX_DEPLOYMENTS_REACHED");
        assertThat(full.body().at("/context/deployment_group_id").asText()).isEqualTo(group);
        assertThat(full.body().at("/context/max_deployments").asLong()).isEqualTo(2);

        // the group token sees its own group only; other groups answer 404 as if they did not exist
        assertThat(installer.get("/v1/deployment-groups").body().get("items")).hasSize(1);
        assertAlienError(installer.get("/v1/deployment-groups/" + other), 404, "DEPLOYMENT_GROUP_NOT_FOUND");
        assertAlienError(installer.post("/v1/deployment-groups/" + group + "/tokens", null), 403, "FORBIDDEN");
        assertAlienError(installer.post("/v1/deployment-groups", "{\"name\":\"x\"}"), 403, "FORBIDDEN");
        assertAlienError(installer.post("/v1/releases", "{\"stack\":{\"test\":" + LOCAL_STACK + "}}"), 403, "FORBIDDEN");
        assertAlienError(installer.post("/v1/sync/acquire", "{\"session\":\"s\"}"), 403, "FORBIDDEN");
        ApiClient.Response listed = installer.get("/v1/deployments?deploymentGroupId=" + other + "&include[]=deploymentGroup");
        assertThat(listed.body().get("items")).hasSize(2);
        assertThat(listed.body().at("/items/0/deploymentGroup/name").asText()).isEqualTo("small");
        assertThat(admin.get("/v1/deployments?deploymentGroupId=" + other).body().get("items")).isEmpty();
        assertThat(admin.get("/v1/deployments").body().at("/items/0").has("deploymentGroup")).isFalse();
        assertThat(admin.get("/v1/deployments?include=deploymentGroup").body().at("/items/0/deploymentGroup/id").asText())
                .isEqualTo(group);
    }

    @Test
    void aDeploymentTokenActsOnItsOwnDeploymentOnly() {
        String group = createGroup("g", 10);
        ApiClient installer = admin.withToken(groupToken(group));
        JsonNode mine = installer.post("/v1/deployments", "{\"name\":\"mine\",\"platform\":\"test\"}").body();
        JsonNode theirs = installer.post("/v1/deployments", "{\"name\":\"theirs\",\"platform\":\"test\"}").body();
        String mineId = mine.at("/deployment/id").asText();
        String theirsId = theirs.at("/deployment/id").asText();
        ApiClient agent = admin.withToken(mine.get("token").asText());

        assertThat(agent.get("/v1/deployments/" + mineId).status()).isEqualTo(200);
        // the original let a deployment token read, retry and redeploy every deployment of its group
        for (ApiClient.Response r : List.of(agent.get("/v1/deployments/" + theirsId),
                agent.get("/v1/deployments/" + theirsId + "/info"),
                agent.post("/v1/deployments/" + theirsId + "/retry", null),
                agent.post("/v1/deployments/" + theirsId + "/redeploy", null),
                agent.post("/v1/sync", "{\"deploymentId\":\"" + theirsId + "\"}"),
                agent.post("/v1/sync/reconcile", "{\"deploymentId\":\"" + theirsId + "\",\"session\":\"s\","
                        + "\"state\":{\"status\":\"pending\",\"platform\":\"test\"}}"),
                agent.post("/v1/sync/release", "{\"deploymentId\":\"" + theirsId + "\",\"session\":\"s\"}"),
                agent.get("/v1/deployments/dp_does_not_exist"))) {
            assertAlienError(r, 404, "DEPLOYMENT_NOT_FOUND");
        }
        assertThat(agent.post("/v1/sync/acquire", "{\"session\":\"s\",\"deploymentIds\":[\"" + theirsId + "\"]}")
                .body().get("deployments")).isEmpty();
        assertAlienError(agent.get("/v1/deployments"), 403, "FORBIDDEN");
        assertAlienError(agent.post("/v1/deployments", "{\"name\":\"x\",\"platform\":\"test\"}"), 403, "FORBIDDEN");
        assertAlienError(agent.delete("/v1/deployments/" + mineId, null), 403, "FORBIDDEN");
        assertAlienError(agent.post("/v1/resolve-credentials", "{\"deploymentId\":\"" + mineId + "\"}"), 403, "FORBIDDEN");
        assertAlienError(agent.get("/v1/deployment-groups/" + createGroup("elsewhere", 1)), 404, "DEPLOYMENT_GROUP_NOT_FOUND");
        assertThat(agent.get("/v1/deployment-groups").body().get("items")).hasSize(1);
        assertAlienError(admin.post("/v1/initialize", "{}"), 400, "BAD_REQUEST");
    }

    @Test
    void badInputIsA400NamingTheField() {
        String group = createGroup("g", 10);
        ApiClient.Response noName = admin.post("/v1/deployments", "{\"platform\":\"test\",\"deploymentGroupId\":\"" + group + "\"}");
        assertAlienError(noName, 400, "BAD_REQUEST");
        assertThat(issuePaths(noName)).contains("name");
        ApiClient.Response badPlatform = admin.post("/v1/deployments", "{\"name\":\"x\",\"platform\":\"mars\"}");
        assertAlienError(badPlatform, 400, "BAD_REQUEST");
        assertThat(issuePaths(badPlatform)).contains("platform");
        ApiClient.Response badStack = admin.post("/v1/releases", "{\"stack\":{\"local\":{\"id\":\"s\",\"resources\":"
                + "{\"web\":{\"config\":{\"id\":\"web\"}}}}}}");
        assertAlienError(badStack, 400, "BAD_REQUEST");
        assertThat(issuePaths(badStack)).contains("stack.local.resources.web.config.type");
        assertAlienError(admin.post("/v1/releases", "{\"stack\":{}}"), 400, "BAD_REQUEST");
        ApiClient.Response badStatus = admin.post("/v1/sync/acquire", "{\"session\":\"s\",\"statuses\":[\"sleeping\"]}");
        assertAlienError(badStatus, 400, "BAD_REQUEST");
        assertThat(issuePaths(badStatus)).contains("statuses.0");
        assertAlienError(admin.post("/v1/deployments", "{not json"), 400, "BAD_REQUEST");
        assertAlienError(admin.get("/v1/releases/latest"), 404, "RELEASE_NOT_FOUND");
        assertAlienError(admin.get("/v1/releases/rel_nope"), 404, "RELEASE_NOT_FOUND");
        assertAlienError(admin.post("/v1/sync/reconcile", "{\"deploymentId\":\"dp_nope\",\"session\":\"s\","
                + "\"state\":{\"status\":\"running\",\"platform\":\"test\"}}"), 404, "DEPLOYMENT_NOT_FOUND");
    }

    java.net.http.HttpResponse<String> basicAuth(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Authorization", "Basic dXNlcjpwYXNz").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> issuePaths(ApiClient.Response response) {
        List<String> paths = new ArrayList<>();
        for (JsonNode issue : response.body().path("context").path("issues")) {
            List<String> parts = new ArrayList<>();
            issue.get("path").forEach(p -> parts.add(p.asText()));
            paths.add(String.join(".", parts));
        }
        return paths;
    }
}
